// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("one Add, one Done: fine")
	wg.Done()
	fmt.Println("not reached")
}
