package main

import (
    "fmt"
    "time"
)

func sayHello() {
    fmt.Println("Hello from goroutine!")
}

func main() {
    go sayHello()
    time.Sleep(1 * time.Second) // Wait for goroutine
    fmt.Println("Main function")
}
