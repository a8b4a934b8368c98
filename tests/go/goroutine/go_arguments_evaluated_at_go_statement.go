// run

package main

import "fmt"

var log []string

func trace(s string, v int) int {
	log = append(log, s)
	return v
}

func report(tag string, a, b int, out chan<- string) {
	out <- fmt.Sprintf("%s: a=%d b=%d", tag, a, b)
}

func main() {
	out := make(chan string)

	x := 1
	go report("args", x, x*10, out) // evaluated now: 1 and 10
	x = 100
	fmt.Println(<-out, "x is now", x)

	// The function value is evaluated at the go statement too.
	f := func(out chan<- string) { out <- "first function" }
	g := f
	f = func(out chan<- string) { out <- "second function" }
	go g(out)
	fmt.Println(<-out)
	go f(out)
	fmt.Println(<-out)

	// Arguments are evaluated in the calling goroutine, in order, before the new one starts.
	go report("traced", trace("a", 1), trace("b", 2), out)
	fmt.Println("log before receive:", log)
	fmt.Println(<-out)

	// A slice argument shares its backing array; an array argument is a copy.
	s := []int{1, 2, 3}
	arr := [3]int{1, 2, 3}
	modified := make(chan bool)
	done := make(chan [2]int)
	go func(s []int, arr [3]int) {
		<-modified
		done <- [2]int{s[0], arr[0]}
	}(s, arr)
	s[0], arr[0] = 9, 9
	modified <- true
	fmt.Println("goroutine sees the slice change, not the array change:", <-done)
}
