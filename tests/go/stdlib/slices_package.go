// run

package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(xs, ys)
	fmt.Println(slices.Contains(xs, 9), slices.Contains(xs, 7))
	fmt.Println(slices.Index(xs, 1), slices.Index(xs, 7))
	fmt.Println(slices.Max(xs), slices.Min(xs))
	slices.Reverse(ys)
	fmt.Println(ys)
	fmt.Println(slices.Equal(xs, ys), slices.Equal([]int{1}, []int{1}))
	idx, found := slices.BinarySearch([]int{1, 3, 5}, 3)
	fmt.Println(idx, found)
	words := []string{"banana", "Apple", "cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	fmt.Println(slices.IndexFunc(xs, func(v int) bool { return v > 4 }))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 2}, 1, 10, 11), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
}
