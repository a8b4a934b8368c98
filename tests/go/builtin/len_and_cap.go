// run

package main

import "fmt"

func main() {
	s := "héllo"
	arr := [5]int{}
	sl := make([]int, 2, 7)
	m := map[int]bool{1: true, 2: false}
	pa := &arr
	fmt.Println(len(s), len(arr), cap(arr), len(sl), cap(sl), len(m), len(pa), cap(pa))
	var nilS []int
	var nilM map[string]int
	fmt.Println(len(nilS), cap(nilS), len(nilM), len(""))
	const c = len("constant")
	fmt.Println(c, len([3]string{}))
	fmt.Println(len([]rune(s)), len(sl[1:]), cap(sl[1:]))
}
