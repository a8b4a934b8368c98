// run

package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	initial := runtime.GOMAXPROCS(0) // 0 only queries
	fmt.Println("GOMAXPROCS(0) >= 1:", initial >= 1)
	fmt.Println("GOMAXPROCS(-1) also queries:", runtime.GOMAXPROCS(-1) == initial)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("GOMAXPROCS(1) returns the previous setting:", prev == initial)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("restoring returns 1:", runtime.GOMAXPROCS(initial))
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == initial)
	fmt.Println("GOOS and GOARCH are set:", runtime.GOOS != "" && runtime.GOARCH != "")
}
