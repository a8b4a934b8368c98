// run

package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: runtime error? %v: %v\n", name, isRuntimeError(err), err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func isRuntimeError(err error) bool {
	_, ok := err.(interface{ RuntimeError() })
	return ok
}

func main() {
	ch := make(chan int, 1)
	close(ch)
	try("close closed", func() { close(ch) })
	try("send on closed", func() { ch <- 1 })
	var nilch chan int
	try("close nil", func() { close(nilch) })
	try("receive from closed", func() { fmt.Println(<-ch) })
}
