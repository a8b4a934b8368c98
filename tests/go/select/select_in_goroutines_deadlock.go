// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	a, b := make(chan int), make(chan int)
	go func() {
		defer wg.Done()
		select {
		case <-a:
		case <-b:
		}
	}()
	fmt.Println("main waits for a goroutine stuck in select")
	wg.Wait()
}
