// run

// A goroutine blocked inside a String() method that fmt called (it keeps its coroutine while
// it waits) still shows up with its frames in the deadlock report.
package main

import "fmt"

type Lazy struct{ ch chan string }

func (l Lazy) String() string { return <-l.ch }

func main() {
	l := Lazy{make(chan string)}
	fmt.Println("printing a value whose String() never returns")
	fmt.Println(l)
}
