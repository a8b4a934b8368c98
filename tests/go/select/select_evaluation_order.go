// run

package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "value "+name)
	return v
}

func slot(name string, p *int) *int {
	trace = append(trace, "lhs "+name)
	return p
}

func main() {
	ready := make(chan int, 1)
	ready <- 7
	var blocked chan int // nil: never ready
	var x, y int

	// Channel operands and send values are evaluated once, in source order, on entering the
	// select; left-hand sides of receives only for the chosen case.
	select {
	case blocked <- val("send", 1):
		fmt.Println("not chosen")
	case *slot("x", &x) = <-ch("ready", ready):
		fmt.Println("received into x:", x)
	case *slot("y", &y) = <-ch("blocked", blocked):
		fmt.Println("not chosen")
	}
	fmt.Println(trace)
	fmt.Println(x, y)
}
