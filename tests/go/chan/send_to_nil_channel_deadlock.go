// run

package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("sending to a nil channel blocks forever")
	ch <- 1
}
