// run

package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 20ms:", elapsed >= 20*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-1)
	fmt.Println("done")
}
