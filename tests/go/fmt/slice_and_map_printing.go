// run

package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println([]int{1, 2, 3}, []string{"a", "b c"}, [2]bool{true, false})
	fmt.Println([][]int{{1}, {2, 3}, nil})
	fmt.Println(map[string][]int{"x": {1}, "a": nil})
	fmt.Println([]interface{}{1, "two", nil, 3.5, []int{4}})
	fmt.Println([]error{errors.New("e1"), nil})
	fmt.Printf("%v|%d|%x|%q\n", []int{10, 11}, []int{10, 11}, []int{10, 11}, []int{65, 66})
	fmt.Printf("%5d|%-3d|\n", []int{1, 2}, []int{3})
	fmt.Printf("%.1f\n", []float64{1.25, 2.35})
	fmt.Printf("%v\n", map[string]float64{"pi": 3.14159})
	fmt.Printf("%.2f\n", map[string]float64{"pi": 3.14159})
	fmt.Println([]string{})
	fmt.Println([]string{""})
	fmt.Println([]string{"", ""})
}
