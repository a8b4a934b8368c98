// Concurrent prime sieve (from the Go tour / Go's test/chan/sieve1.go): a chain of filter
// goroutines connected by unbuffered channels, one per prime, until 2,000 primes are found.
// Prints the sum of the primes.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < 2000; i++ {
		prime := <-ch
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println(sum)
}
