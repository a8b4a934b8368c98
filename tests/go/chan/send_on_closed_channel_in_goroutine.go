// run

package main

import "fmt"

func producer(ch chan<- string) {
	ch <- "first"
	ch <- "second" // the channel is closed by now
}

func main() {
	ch := make(chan string)
	go producer(ch)
	fmt.Println(<-ch)
	close(ch)
	select {}
}
