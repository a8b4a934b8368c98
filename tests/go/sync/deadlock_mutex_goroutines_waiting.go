// run

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 2; i++ {
		go func() {
			mu.Lock() // blocked: main never unlocks
			fmt.Println("not reached")
		}()
		time.Sleep(20 * time.Millisecond)
	}
	fmt.Println("main waits on a channel while holding the mutex")
	<-make(chan int)
}
