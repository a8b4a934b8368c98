// run

package main

import "fmt"

func main() {
	never := make(chan int)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			<-never // blocked forever: not a deadlock, main returns first
			fmt.Println("unreachable")
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("main returns while 3 goroutines are blocked")
}
