// Select fan-in: 4 producers each send 250,000 values on their own unbuffered channel; one
// consumer receives all 10^6 with a select, disabling each channel (nil) once it is closed.
// Prints the count and sum of the values received.
package main

import "fmt"

func produce(ch chan<- int, id int, n int) {
	for i := 0; i < n; i++ {
		ch <- i*4 + id
	}
	close(ch)
}

func main() {
	const perProducer = 250000
	a, b, c, d := make(chan int), make(chan int), make(chan int), make(chan int)
	go produce(a, 0, perProducer)
	go produce(b, 1, perProducer)
	go produce(c, 2, perProducer)
	go produce(d, 3, perProducer)
	count, sum := 0, 0
	for a != nil || b != nil || c != nil || d != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			count, sum = count+1, sum+v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			count, sum = count+1, sum+v
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			count, sum = count+1, sum+v
		case v, ok := <-d:
			if !ok {
				d = nil
				continue
			}
			count, sum = count+1, sum+v
		}
	}
	fmt.Println(count, sum)
}
