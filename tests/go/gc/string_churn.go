// run

package main

// A long-running string builder: many strings are built by repeated concatenation (s += ...,
// each step copying the whole string), with strings.Builder, with fmt.Sprintf and
// strconv.Itoa, and dropped. Total allocation is hundreds of MiB; the heap must stay bounded.
// The last strings of each kind stay alive and are checked at the end.

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

// verbose prints the measured memory numbers (not deterministic: keep false in the test).
const verbose = false

const (
	heapCeiling = 64 << 20  // peak HeapAlloc must stay below
	sysCeiling  = 128 << 20 // peak Sys must stay below
	minTotal    = 640 << 20 // TotalAlloc must exceed (a heap that never frees would pass it)
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

// hash is FNV-1a over the bytes of s.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// concat builds a string by appending one piece at a time with +=.
func concat(round, pieces int) string {
	s := ""
	for i := 0; i < pieces; i++ {
		s += string(rune('a'+(round+i)%26)) + strconv.Itoa(i%10)
	}
	return s
}

// build builds a string with a strings.Builder (growing from empty each time).
func build(round, lines int) string {
	var b strings.Builder
	for i := 0; i < lines; i++ {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(round*lines + i))
		b.WriteByte(':')
		b.WriteString(strings.Repeat("x", i%17))
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var h uint32
	total := 0

	// Part 1: += concatenation, quadratic in bytes copied.
	var lastConcat string
	for round := 0; round < 240; round++ {
		s := concat(round, 1500)
		h ^= hash(s)
		total += len(s)
		lastConcat = s
		if round%4 == 0 {
			sample()
		}
	}

	// Part 2: strings.Builder output dropped each round.
	var lastBuilt string
	for round := 0; round < 1500; round++ {
		s := build(round, 800)
		h = h*31 + hash(s)
		total += len(s)
		lastBuilt = s
		if round%32 == 0 {
			sample()
		}
	}

	// Part 3: many small strings (Sprintf, Itoa, ToUpper, slicing) kept in a sliding window.
	window := make([]string, 64)
	for i := 0; i < 200000; i++ {
		s := fmt.Sprintf("item-%d-%s", i, strconv.Itoa(i*7))
		u := strings.ToUpper(s)
		window[i%len(window)] = u[:len(u)-1] + s[len(s)-1:]
		total += len(window[i%len(window)])
		if i%4096 == 0 {
			sample()
		}
	}
	for _, s := range window {
		h = h*31 + hash(s)
	}
	sample()

	fmt.Println("bytes built:", total)
	fmt.Println("hash:", h)
	fmt.Println("last concat:", len(lastConcat), lastConcat[:12], lastConcat[len(lastConcat)-6:], hash(lastConcat))
	fmt.Println("last built:", len(lastBuilt), strings.Count(lastBuilt, "\n"), hash(lastBuilt))
	fmt.Println("window[5]:", window[5])

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
