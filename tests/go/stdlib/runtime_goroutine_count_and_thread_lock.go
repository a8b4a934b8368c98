// run

package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.LockOSThread() // keeps this goroutine on one OS thread
	defer runtime.UnlockOSThread()
	fmt.Println("This goroutine is locked to an OS thread")
	fmt.Println("Number of goroutines:", runtime.NumGoroutine())
}
