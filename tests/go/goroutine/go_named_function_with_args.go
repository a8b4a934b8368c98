// run

package main

import "fmt"

func add(a, b int, out chan<- int) {
	out <- a + b
}

func greet(name string, times int, done chan<- string) {
	s := ""
	for i := 0; i < times; i++ {
		s += "hi " + name + "; "
	}
	done <- s
}

func main() {
	sums := make(chan int)
	go add(1, 2, sums)
	fmt.Println("1+2 =", <-sums)
	go add(40, 2, sums)
	fmt.Println("40+2 =", <-sums)

	msgs := make(chan string)
	go greet("gopher", 3, msgs)
	fmt.Println(<-msgs)
}
