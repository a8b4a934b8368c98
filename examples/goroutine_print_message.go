package main

import (
	"fmt"
	"time"
)

func printMessage() {
	fmt.Println("Hello from goroutine")
}

func main() {

	go printMessage()

	time.Sleep(time.Second)

	fmt.Println("Main function")

}
