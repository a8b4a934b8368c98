// run

package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		r := request{n: i, reply: make(chan int)}
		reqs <- r
		fmt.Printf("%d squared is %d\n", i, <-r.reply)
	}
	close(reqs)

	// A channel that carries channels.
	chch := make(chan chan string, 1)
	go func() {
		c := <-chch
		c <- "hello through a channel of channels"
	}()
	c := make(chan string)
	chch <- c
	fmt.Println(<-c)
}
