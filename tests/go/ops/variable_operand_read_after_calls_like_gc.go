// run

package main

// The spec leaves the order between reading a variable operand and a function call in the same
// expression unspecified; gc reads the variables after all the calls. Learner programs depend on it
// in patterns like `stack = append(stack, pop())` where pop shrinks stack.

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

var counter = 1

func bump() int { counter++; return counter }

func main() {
	var stack []int
	pop := func() int {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	stack = []int{1, 2, 3}
	stack = append(stack, pop()*10)
	fmt.Println(stack)

	s := &Stack{[]int{1, 2, 3}}
	s.items = append(s.items, s.Pop()+100)
	fmt.Println(s.items)

	a := 1
	f := func() int { a++; return a }
	fmt.Println(a + f())
	fmt.Println(counter+bump(), []int{counter, bump()})
}
