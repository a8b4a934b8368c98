// run

package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "first"
	ch <- "second"
	ch <- "third"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "fourth"
	close(ch)
	for s := range ch {
		fmt.Println(s)
	}
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}
