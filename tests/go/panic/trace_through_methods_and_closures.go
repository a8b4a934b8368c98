// run

package main

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type Calc struct{ st Stack }

func (c Calc) Run(n int) int {
	total := 0
	apply := func() {
		for i := 0; i < n; i++ {
			total += c.st.Pop()
		}
	}
	apply()
	return total
}

func main() {
	c := Calc{Stack{[]int{1, 2}}}
	println(c.Run(3))
}
