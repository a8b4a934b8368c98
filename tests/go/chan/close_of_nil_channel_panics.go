// run

package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("closing a nil channel")
	close(ch)
	fmt.Println("not reached")
}
