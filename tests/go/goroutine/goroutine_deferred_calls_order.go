// run

package main

import "fmt"

func task(id int, out chan<- string) {
	defer func() { out <- fmt.Sprintf("task %d: deferred 1", id) }()
	defer func() { out <- fmt.Sprintf("task %d: deferred 2", id) }()
	out <- fmt.Sprintf("task %d: body", id)
}

func main() {
	out := make(chan string)
	for id := 1; id <= 2; id++ {
		go task(id, out)
		for i := 0; i < 3; i++ {
			fmt.Println(<-out)
		}
	}
}
