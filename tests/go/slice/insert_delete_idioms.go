// run

package main

import "fmt"

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func filterInPlace(s []int) []int {
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = insert(s, 2, 99)
	fmt.Println(s)
	s = remove(s, 0)
	fmt.Println(s)
	s = filterInPlace(s)
	fmt.Println(s, len(s))
	stack := []string{}
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []int{1, 2, 3}
	front := queue[0]
	queue = queue[1:]
	fmt.Println(front, queue)
}
