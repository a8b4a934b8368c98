package main
import (
	"fmt"
	"time"
)

func sayHello() {
	fmt.Println("Hello from Goroutine!")
}

func main() {
	go sayHello() // Starts a new Goroutine
	fmt.Println("Main function execution")
	time.Sleep(time.Second) // Prevent main from exiting immediately
}
