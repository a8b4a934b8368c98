// run

package main

// Goroutine and channel churn: batches of short-lived goroutines, each allocating a buffer and a
// result struct, report through buffered channels of pointers that are created per batch and
// dropped while some pointers still sit in their buffers. Finished goroutines, their stacks,
// the channels and everything left in the buffers must be freed; the heap must stay bounded.

import (
	"fmt"
	"runtime"
	"sync"
)

// verbose prints the measured memory numbers (not deterministic: keep false in the test).
const verbose = false

const (
	heapCeiling = 24 << 20  // peak HeapAlloc must stay below
	sysCeiling  = 64 << 20  // peak Sys must stay below
	minTotal    = 320 << 20 // TotalAlloc must exceed (a heap that never frees would pass it)
)

var peakHeap, peakSys uint64

func sample() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if m.HeapAlloc > peakHeap {
		peakHeap = m.HeapAlloc
	}
	if m.Sys > peakSys {
		peakSys = m.Sys
	}
}

type result struct {
	id   int
	data []int
	tag  string
}

func worker(id int, out chan<- *result, wg *sync.WaitGroup) {
	defer wg.Done()
	data := make([]int, 256)
	for i := range data {
		data[i] = id + i
	}
	s := 0
	for _, v := range data {
		s += v
	}
	out <- &result{id: id, data: data[:8], tag: fmt.Sprint("r", s%97)}
}

func main() {
	const batches = 2500
	const perBatch = 64
	sum := 0
	var wg sync.WaitGroup
	for b := 0; b < batches; b++ {
		out := make(chan *result, perBatch)
		for i := 0; i < perBatch; i++ {
			wg.Add(1)
			go worker(b*perBatch+i, out, &wg)
		}
		wg.Wait()
		// Take only half of the results (whichever came first): the rest are dropped with the
		// channel. Each result is checked against its id.
		for i := 0; i < perBatch/2; i++ {
			r := <-out
			if r.data[7] != r.id+7 || r.tag != fmt.Sprint("r", (256*r.id+32640)%97) {
				fmt.Println("corrupted result", r.id)
			}
			sum += r.data[7] - r.id + len(r.data)
		}

		// A pipeline of three stages over unbuffered and buffered channels of pointers.
		src := make(chan *result)
		mid := make(chan *result, 16)
		done := make(chan int)
		go func() {
			for i := 0; i < 32; i++ {
				src <- &result{id: i, data: make([]int, 64)}
			}
			close(src)
		}()
		go func() {
			for r := range src {
				r.data[63] = r.id * 2
				mid <- r
			}
			close(mid)
		}()
		go func() {
			t := 0
			for r := range mid {
				t += r.data[63]
			}
			done <- t
		}()
		sum += <-done

		sum %= 1000000007
		if b%16 == 0 {
			sample()
		}
	}
	sample()
	fmt.Println("checksum:", sum)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("peak HeapAlloc below", heapCeiling>>20, "MiB:", peakHeap < heapCeiling)
	fmt.Println("peak Sys below", sysCeiling>>20, "MiB:", peakSys < sysCeiling)
	fmt.Println("TotalAlloc above", minTotal>>20, "MiB:", m.TotalAlloc > minTotal)
	fmt.Println("NumGC > 0:", m.NumGC > 0)
	if verbose {
		fmt.Printf("peak HeapAlloc %.1f MiB, peak Sys %.1f MiB, TotalAlloc %.1f MiB, NumGC %d\n",
			mib(peakHeap), mib(peakSys), mib(m.TotalAlloc), m.NumGC)
	}
}

func mib(n uint64) float64 { return float64(n) / (1 << 20) }
