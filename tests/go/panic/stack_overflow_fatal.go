// run
//gorun:stdout-only
// Unbounded recursion is Go's fatal "stack overflow" (exit 2), which recover cannot stop; the
// trace on stderr holds addresses and elided frames, so only stdout and the exit code are compared.
package main

import "fmt"

func depth(n int) int {
	if n < 0 {
		return 0
	}
	return depth(n+1) + 1
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println("start")
	fmt.Println(depth(0))
}
