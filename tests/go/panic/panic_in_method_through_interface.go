// run

package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type Popper interface{ Pop() int }

func drain(p Popper, n int) {
	for i := 0; i < n; i++ {
		fmt.Println(p.Pop())
	}
}

func main() {
	drain(&Stack{[]int{1, 2}}, 3)
}
