// run

package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	defer fmt.Println("worker's deferred call runs")
	if id == 2 {
		panic(fmt.Sprintf("worker %d failed", id))
	}
}

func main() {
	defer fmt.Println("main's deferred call does not run")
	fmt.Println("starting worker")
	go worker(2)
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
