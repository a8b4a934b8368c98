// errorcheck

package main

import "strings"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	s := &Stack{}
	s.Push(1)
	s.Pop() // ERROR "s.Pop undefined \(type \*Stack has no field or method Pop\)"
	_ = s.Items // ERROR "s.Items undefined \(type \*Stack has no field or method Items, but does have field items\)"
	_ = s.push // ERROR "s.push undefined \(type \*Stack has no field or method push, but does have method Push\)"
	_ = strings.Reverse("abc") // ERROR "undefined: strings.Reverse"
	_ = s.items.Len() // ERROR "s.items.Len undefined \(type \[\]int has no field or method Len\)"
}
