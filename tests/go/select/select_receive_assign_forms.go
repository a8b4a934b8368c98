// run

package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	ch <- "one"
	ch <- "two"
	ch <- "three"
	close(ch)

	var s string
	var ok bool
	m := map[string]string{}
	arr := [2]string{}

	select {
	case s = <-ch: // assignment to existing variables
	}
	fmt.Println("assigned:", s)

	select {
	case m["k"], ok = <-ch: // map index and ok
	}
	fmt.Println("map:", m["k"], ok)

	select {
	case arr[1] = <-ch:
	}
	fmt.Println("array:", arr)

	select {
	case <-ch: // value discarded
		fmt.Println("discarded receive")
	}

	select {
	case s, ok = <-ch:
	}
	fmt.Printf("after close: %q %v\n", s, ok)
}
