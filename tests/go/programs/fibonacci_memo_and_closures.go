// run

package main

import (
	"fmt"
	"strings"
)

var memo = map[int]uint64{}

func fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := make(map[int]int)
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type Middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func logging(log *[]string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			*log = append(*log, "in:"+s)
			r := next(s)
			*log = append(*log, "out:"+r)
			return r
		}
	}
}

func upper(next func(string) string) func(string) string {
	return func(s string) string { return next(strings.ToUpper(s)) }
}

func main() {
	for _, n := range []int{0, 1, 2, 10, 50, 90, 93} {
		fmt.Println(n, fib(n))
	}
	fmt.Println("memo size:", len(memo))
	fmt.Println(fib(94)) // overflows uint64: wraps

	var slowSquare func(int) int
	calls := 0
	slowSquare = func(n int) int { calls++; return n * n }
	sq, misses := memoize(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("misses:", *misses, "calls:", calls)

	g := fibGen()
	var seq []int
	for i := 0; i < 15; i++ {
		seq = append(seq, g())
	}
	fmt.Println(seq)
	g2 := fibGen()
	fmt.Println(g2(), g2(), g2(), g())

	var log []string
	h := chain(func(s string) string { return "<" + s + ">" }, logging(&log), upper, logging(&log))
	fmt.Println(h("hi"), h("go"))
	fmt.Println(strings.Join(log, " | "))

	counters := make([]func() int, 3)
	for i := range counters {
		n := i * 10
		counters[i] = func() int { n++; return n }
	}
	fmt.Println(counters[0](), counters[0](), counters[1](), counters[2](), counters[0]())
}
