// run

package main

import "fmt"

type Panicky struct{}

func (Panicky) String() string { panic("oops") }

type Node struct{ val int }

func (n *Node) String() string { return fmt.Sprint("node ", n.val) }

func main() {
	fmt.Printf("%v|%s|%d\n", Panicky{}, Panicky{}, Panicky{})
	var n *Node
	fmt.Println(n)
	fmt.Printf("[%v]\n", n)
	fmt.Println("done")
}
