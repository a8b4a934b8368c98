// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting for a Signal that never comes")
	cond.Wait()
}
