// run

package main

import "fmt"

func main() {
	fmt.Println(map[string]int{"b": 2, "c": 3, "a": 1})
	fmt.Println(map[int]string{10: "ten", -1: "neg", 3: "three"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Printf("%v\n", map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Printf("%+v\n", map[string][]int{"k": {1, 2}})
	fmt.Printf("%#v\n", map[string]int{"z": 26, "a": 1})
	fmt.Println(map[string]int{})
	var nilMap map[string]bool
	fmt.Printf("%v %#v\n", nilMap, nilMap)
}
