// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func (s Stack) Peek() int { return s[len(s)-1] }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

func (s Set) Keys() string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}

func main() {
	var st Stack
	st.Push(1)
	st.Push(2)
	st.Push(3)
	fmt.Println(st.Pop(), st.Peek(), len(st), st)
	s := Set{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Keys(), len(s))
}
