// run

package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 10
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch)
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("goroutine ran")
	}()
	<-done
	_, open := <-done
	fmt.Println("done open:", open)
}
