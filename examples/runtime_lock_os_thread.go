package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.LockOSThread() // Ensures this goroutine stays on the same OS thread
	defer runtime.UnlockOSThread()

	fmt.Println("This goroutine is locked to an OS thread")
}
