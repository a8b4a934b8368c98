// run

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{Val: i, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	head.Next.Val = 20
	(*head).Val = 10
	fmt.Println(head.Val, head.Next.Val, head.Next.Next.Val)
	p := &head.Next.Next.Val
	*p = 30
	fmt.Println(head.Next.Next.Val)
	fmt.Println(*head.Next.Next)
}
