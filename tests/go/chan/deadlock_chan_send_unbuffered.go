// run

package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending with no receiver")
	ch <- 42
}
