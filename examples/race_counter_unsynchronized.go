package main

import (
	"fmt"
)

var counter int

func increment() {

	counter++

}

func main() {

	for i := 0; i < 1000; i++ {

		go increment()

	}

	fmt.Println(counter)

}
