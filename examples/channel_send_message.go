package main
import "fmt"

func sendMessage(ch chan string) {
	ch <- "Hello from Goroutine!"
}

func main() {
	ch := make(chan string) // Create a channel

	go sendMessage(ch)

	msg := <-ch // Receive message from channel
	fmt.Println(msg)
}
