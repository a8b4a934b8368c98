// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("read-unlocking again")
	defer func() {
		fmt.Println("a fatal error cannot be recovered:", recover())
	}()
	rw.RUnlock()
}
