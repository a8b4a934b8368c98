// run

// Stress: 10,000 round trips between two goroutines over unbuffered channels.
package main

import "fmt"

func main() {
	const rounds = 10000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v, sum := 0, 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
		sum += v
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("round trips:", rounds, "final:", v, "sum:", sum, "pong closed:", !ok)
}
