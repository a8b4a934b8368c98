// run

package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() {
			started <- struct{}{}
			<-release
		}()
	}
	for i := 0; i < 5; i++ {
		<-started
	}
	fmt.Println("with 5 blocked goroutines:", runtime.NumGoroutine())
	close(release)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after they finish:", runtime.NumGoroutine())
}
