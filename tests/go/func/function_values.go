// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type op func(int, int) int

func apply(f op, a, b int) int { return f(a, b) }

func add(a, b int) int { return a + b }

func main() {
	ops := map[string]op{
		"add": add,
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for name := range ops {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, apply(ops[name], 6, 3))
	}
	var f func(string) string
	fmt.Println(f == nil)
	f = strings.ToUpper
	fmt.Println(f("shout"), f != nil)
	pipeline := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
	}
	v := 5
	for _, p := range pipeline {
		v = p(v)
	}
	fmt.Println(v)
}
