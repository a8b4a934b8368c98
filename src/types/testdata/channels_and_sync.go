package main

import (
	"sync"
	"time"
)

func producer(out chan<- int) {
	x := <-out
	_ = x
	for v := range out {
		_ = v
	}
	close(out)
}

func consumer(in <-chan int) {
	in <- 1
	close(in)
}

func main() {
	var wg sync.WaitGroup
	wg.Add()
	wg.Done(1)
	go wg.Wait
	ch := make(chan int)
	ch <- "s"
	var s string = <-ch
	select {
	case v := <-ch:
		_ = v
	case ch <- 1:
	default:
	default:
	}
	select {
	case <-time.After(time.Second):
	}
	var mu sync.Mutex
	mu.lock()
	mu2 := mu
	_ = mu2
	t := time.Now()
	_ = t - time.Now()
	_ = t.Sub(time.Now()) * 2.5
	time.Sleep(1)
	time.Sleep(1.5)
	var d time.Duration = 5
	var n int = d
	_ = s
	_ = n
	go func() {}
	defer close
	c2 := make(chan<- int, 1)
	<-c2
}
