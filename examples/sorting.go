// Sorting: the sort and slices packages with built-in and custom orders.
package main

import (
	"fmt"
	"slices"
	"sort"
)

type Student struct {
	Name  string
	Grade int
}

func main() {
	nums := []int{42, 7, 19, 3, 88, 7}
	sort.Ints(nums)
	fmt.Println("sorted numbers:", nums)

	names := []string{"Zoe", "adam", "Mia", "bob"}
	slices.Sort(names)
	fmt.Println("sorted names:", names)

	students := []Student{{"Ana", 90}, {"Ben", 85}, {"Cid", 90}, {"Dee", 70}}
	sort.SliceStable(students, func(i, j int) bool {
		return students[i].Grade > students[j].Grade
	})
	for i, s := range students {
		fmt.Printf("%d. %s (%d)\n", i+1, s.Name, s.Grade)
	}

	// Bubble sort by hand, to see the swaps.
	data := []int{5, 1, 4, 2}
	for i := 0; i < len(data); i++ {
		for j := 0; j < len(data)-1-i; j++ {
			if data[j] > data[j+1] {
				data[j], data[j+1] = data[j+1], data[j]
			}
		}
	}
	fmt.Println("bubble sorted:", data)
}
