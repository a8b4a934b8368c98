package main

import (
	"fmt"
	"time"
)

func greet(name string) {

	fmt.Println("Hello", name)

}

func main() {

	go greet("Chirag")
	go greet("Rahul")

	time.Sleep(time.Second)

}
