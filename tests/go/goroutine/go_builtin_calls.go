// run

package main

import "fmt"

func main() {
	// Builtins allowed as statements may be started as goroutines.
	done := make(chan int)
	go close(done)
	v, ok := <-done
	fmt.Println("after go close:", v, ok)

	m := map[string]int{"a": 1, "b": 2}
	ready := make(chan bool)
	go func() {
		delete(m, "a")
		ready <- true
	}()
	<-ready
	fmt.Println("map after delete in goroutine:", m)

	dst := make([]int, 3)
	src := []int{7, 8, 9}
	sync := make(chan bool)
	go func() {
		n := copy(dst, src)
		fmt.Println("copied", n)
		sync <- true
	}()
	<-sync
	fmt.Println(dst)
}
