// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once; Go's mutexes are not reentrant")
	mu.Lock()
}
