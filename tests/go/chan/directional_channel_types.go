// run

package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out) // closing a send-only channel is allowed
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

type Source <-chan string

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 10) // chan int converts implicitly to chan<- int
	go consumer(ch, done)
	fmt.Println("sum:", <-done)

	var send chan<- int = ch
	var recv <-chan int = ch
	fmt.Printf("%T | %T | %T\n", ch, send, recv)
	fmt.Println("same channel:", send == ch, recv == ch)

	// Explicit conversions and named channel types.
	c := make(chan string, 1)
	src := Source(c)
	ro := (<-chan string)(c)
	c <- "via named type"
	fmt.Printf("%T: %s\n", src, <-src)
	fmt.Println(len(ro), cap(ro))

	// Channels of channels, with directions.
	var reqs chan chan<- string = make(chan chan<- string, 1)
	reply := make(chan string, 1)
	reqs <- reply
	(<-reqs) <- "answered"
	fmt.Println(<-reply)
	fmt.Printf("%T\n", reqs)
	var weird chan (<-chan int)
	fmt.Printf("%T %v\n", weird, weird == nil)
}
