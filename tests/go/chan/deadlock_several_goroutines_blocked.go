// run

package main

import (
	"fmt"
	"time"
)

func receiver(ch <-chan int) {
	<-ch
}

func sender(ch chan<- string) {
	ch <- "nobody listens"
}

func selector(a, b chan bool) {
	select {
	case <-a:
	case b <- true:
	}
}

func main() {
	go receiver(make(chan int))
	go sender(make(chan string))
	go selector(make(chan bool), make(chan bool))
	var nilch chan int
	go func() { nilch <- 1 }()
	time.Sleep(50 * time.Millisecond) // let every goroutine block (none of them exits)
	fmt.Println("main blocks too")
	<-make(chan struct{})
}
