package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("Total OS Threads:", runtime.GOMAXPROCS(0))
}
