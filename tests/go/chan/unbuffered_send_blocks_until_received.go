// run

package main

import "fmt"

func main() {
	ch := make(chan int)
	events := make(chan string, 10)
	go func() {
		for i := 1; i <= 3; i++ {
			events <- fmt.Sprint("sending ", i)
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		// The sender's "sending v" event always precedes the receipt of v.
		fmt.Println(<-events)
		fmt.Println("received", v)
	}
}
