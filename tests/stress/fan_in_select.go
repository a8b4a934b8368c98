// run

// Stress: 8 producers feed one collector that selects over all their channels, each channel
// switched off (set to nil) when its producer closes it.
package main

import "fmt"

func producer(id, n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- id*1000000 + i
	}
	close(out)
}

func main() {
	const n = 2000
	var chs [8]chan int
	for id := range chs {
		if id%2 == 0 {
			chs[id] = make(chan int) // half unbuffered, half buffered
		} else {
			chs[id] = make(chan int, 16)
		}
		go producer(id, n, chs[id])
	}
	counts := make([]int, 8)
	lastSeen := []int{-1, -1, -1, -1, -1, -1, -1, -1}
	inOrder := true
	sum := 0
	open := 8
	record := func(id, v int, ok bool) {
		if !ok {
			chs[id] = nil
			open--
			return
		}
		if v%1000000 != lastSeen[id]+1 {
			inOrder = false
		}
		lastSeen[id] = v % 1000000
		counts[id]++
		sum += v
	}
	for open > 0 {
		select {
		case v, ok := <-chs[0]:
			record(0, v, ok)
		case v, ok := <-chs[1]:
			record(1, v, ok)
		case v, ok := <-chs[2]:
			record(2, v, ok)
		case v, ok := <-chs[3]:
			record(3, v, ok)
		case v, ok := <-chs[4]:
			record(4, v, ok)
		case v, ok := <-chs[5]:
			record(5, v, ok)
		case v, ok := <-chs[6]:
			record(6, v, ok)
		case v, ok := <-chs[7]:
			record(7, v, ok)
		}
	}
	fmt.Println("counts:", counts)
	fmt.Println("per-producer FIFO order kept:", inOrder)
	fmt.Println("sum:", sum)
}
