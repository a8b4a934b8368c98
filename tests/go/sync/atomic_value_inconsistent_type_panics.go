// run

package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(1)
	fmt.Println("stored an int:", v.Load())
	v.Store("a string")
}
