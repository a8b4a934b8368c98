// run

package main

import "fmt"

type node struct{ next *node }

func walk(n *node, done chan bool) {
	fmt.Println("walking")
	fmt.Println(n.next.next) // nil pointer dereference in a goroutine
	done <- true
}

func main() {
	done := make(chan bool)
	go walk(&node{}, done)
	<-done
}
