// run

package main

import (
	"fmt"
	"runtime"
)

func inner(out chan<- string) {
	defer func() { out <- fmt.Sprint("inner deferred, recover() = ", recover()) }()
	runtime.Goexit()
	out <- "not reached"
}

func main() {
	out := make(chan string, 10)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { out <- "outer deferred" }()
		inner(out)
		out <- "not reached either"
	}()
	<-done
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}
