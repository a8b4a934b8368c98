// run

package main

import "fmt"

func send(ch chan<- int, vals ...int) {
	for _, v := range vals {
		ch <- v
	}
	close(ch)
}

func main() {
	a, b := make(chan int), make(chan int)
	go send(a, 1, 2, 3)
	go send(b, 10, 20)
	sum, count := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println(count, sum)
}
