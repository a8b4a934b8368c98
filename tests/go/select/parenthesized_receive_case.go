// run

package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 3
	select {
	case x := (<-ch):
		fmt.Println("got", x)
	}
	ch <- 4
	var y int
	var ok bool
	select {
	case y, ok = (<-ch):
		fmt.Println("got", y, ok)
	}
	ch <- 5
	select {
	case (<-ch):
		fmt.Println("drained")
	}
}
