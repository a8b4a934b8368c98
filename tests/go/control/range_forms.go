// run

package main

import (
	"fmt"
	"sort"
)

func main() {
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[2] = "changed" // the range works on a copy of the array
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[2] = 30 // a slice shares its elements
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i := range sl {
		sl[i] *= 2
	}
	fmt.Println(sl)
	for _, v := range sl {
		v *= 100
		_ = v
	}
	fmt.Println(sl)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	p := &[2]int{7, 8}
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
}
