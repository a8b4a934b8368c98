// run

package main

// Map churn: maps with pointer values (map[int]*T, map[string][]int, map[int]map[string]*T)
// are created, filled, partly deleted from, and dropped, round after round. The maps' tables
// and everything their entries point to must be freed; the heap must stay bounded. One map of
// each kind stays alive across all rounds (growing and shrinking) and is checked at the end.

import (
	"fmt"
	"runtime"
	"strconv"
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

type T struct {
	id   int
	name string
	next *T
}

func main() {
	const rounds = 2000
	sum := 0
	persistent := map[int]*T{}
	persistentS := map[string][]int{}
	for round := 0; round < rounds; round++ {
		// map[int]*T with 1000 entries, each value pointing at the previous one.
		m1 := make(map[int]*T)
		var prev *T
		for i := 0; i < 1000; i++ {
			t := &T{id: round*1000 + i, next: prev}
			m1[i] = t
			prev = t
		}
		for i := 0; i < 1000; i += 3 {
			delete(m1, i)
		}
		for k, v := range m1 {
			sum += k + v.id%7
			if v.next != nil {
				sum += v.next.id % 3
			}
		}

		// map[string][]int with 200 entries (string keys built each round).
		m2 := map[string][]int{}
		for i := 0; i < 200; i++ {
			key := "key" + strconv.Itoa(i) + "/" + strconv.Itoa(round)
			s := make([]int, 0, 4)
			for j := 0; j < 12; j++ {
				s = append(s, i+j)
			}
			m2[key] = s
		}
		for k, v := range m2 {
			sum += len(k) + v[len(v)-1]
		}

		// Nested maps: map[int]map[string]*T.
		m3 := map[int]map[string]*T{}
		for i := 0; i < 20; i++ {
			inner := map[string]*T{}
			for j := 0; j < 10; j++ {
				inner[strconv.Itoa(j)] = &T{id: i*10 + j, name: "n" + strconv.Itoa(j)}
			}
			m3[i] = inner
		}
		for _, inner := range m3 {
			for k, v := range inner {
				sum += len(k) + v.id + len(v.name)
			}
		}

		// The persistent maps: a sliding window of entries.
		persistent[round] = &T{id: round, name: strconv.Itoa(round), next: m1[1]}
		persistentS[strconv.Itoa(round)] = m2["key7/"+strconv.Itoa(round)]
		if round >= 100 {
			delete(persistent, round-100)
			delete(persistentS, strconv.Itoa(round-100))
		}

		sum %= 1000000007
		if round%8 == 0 {
			sample()
		}
	}
	sample()
	fmt.Println("checksum:", sum)

	psum := 0
	for k, v := range persistent {
		if k != v.id || v.name != strconv.Itoa(k) || v.next.id != k*1000+1 || v.next.next.id != k*1000 {
			fmt.Println("persistent entry corrupted:", k)
		}
		psum += v.id + v.next.id
	}
	for k, v := range persistentS {
		r, _ := strconv.Atoi(k)
		if len(v) != 12 || v[0] != 7 || v[11] != 18 || r < rounds-100 {
			fmt.Println("persistentS entry corrupted:", k)
		}
		psum += len(v)
	}
	fmt.Println("persistent:", len(persistent), len(persistentS), psum)

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
