// run

package main

import "fmt"

// A function literal in a package-level initializer: the variables its nested literals
// capture live in cells as in any function body.

var mk = func(x int) func() int { return func() int { return x } }

var counter = func() func() int {
	n := 0
	return func() int { n++; return n }
}()

var adders = func() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		fs = append(fs, func(x int) int { return x + i })
	}
	return fs
}()

func main() {
	fmt.Println(mk(7)())
	f := mk(9)
	fmt.Println(f(), f())
	fmt.Println(counter(), counter(), counter())
	for _, a := range adders {
		fmt.Print(a(10), " ")
	}
	fmt.Println()
}
