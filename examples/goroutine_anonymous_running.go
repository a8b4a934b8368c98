package main

import (
	"fmt"
	"time"
)

func main() {

	go func() {
		fmt.Println("Running goroutine")
	}()

	time.Sleep(time.Second)

}
