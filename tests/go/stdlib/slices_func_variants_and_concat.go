// run

package main

import (
	"fmt"
	"slices"
	"strings"
)

type Player struct {
	Name  string
	Score int
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	s = slices.DeleteFunc(s, func(x int) bool { return x%2 == 0 })
	fmt.Println(s, len(s))

	ps := []Player{{"ann", 7}, {"bob", 9}, {"cy", 3}}
	byScore := func(a, b Player) int { return a.Score - b.Score }
	fmt.Println(slices.MaxFunc(ps, byScore), slices.MinFunc(ps, byScore))
	fmt.Println(slices.IsSortedFunc(ps, byScore))

	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}))
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9, 9, 9))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	c := slices.Clip(make([]int, 2, 10))
	fmt.Println(len(c), cap(c))
	words := []string{"Go", "go", "GO", "rust", "Rust"}
	fmt.Println(slices.CompactFunc(words, strings.EqualFold))
}
