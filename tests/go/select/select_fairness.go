// run

package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := map[string]int{}
	const rounds = 2000
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 1
		// Both cases are ready: select picks uniformly at random.
		select {
		case <-a:
			counts["a"]++
			<-b
		case <-b:
			counts["b"]++
			<-a
		}
	}
	fmt.Println("total:", counts["a"]+counts["b"])
	fmt.Println("both chosen:", counts["a"] > 0 && counts["b"] > 0)
	fmt.Println("neither starved (each > 30%):", counts["a"] > rounds*3/10 && counts["b"] > rounds*3/10)

	// Three ready cases including a send.
	c := make(chan int, 1)
	seen := map[string]bool{}
	for i := 0; i < 300; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			seen["recv a"] = true
		case <-b:
			seen["recv b"] = true
		case c <- 1:
			seen["send c"] = true
		}
		for len(a) > 0 {
			<-a
		}
		for len(b) > 0 {
			<-b
		}
		for len(c) > 0 {
			<-c
		}
	}
	fmt.Println("all three chosen:", len(seen) == 3)
}
