// run

package main

import "fmt"

func main() {
	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilS == nil, empty == nil, made == nil)
	fmt.Println(len(nilS), cap(nilS), len(empty), cap(empty))
	fmt.Println(nilS, empty)
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	nilS = append(nilS, 1)
	fmt.Println(nilS, len(nilS))
	var sub = empty[0:0]
	fmt.Println(sub == nil, len(sub))
	fmt.Println(nilS[:0] == nil)
	var n2 []string
	for i, v := range n2 {
		fmt.Println(i, v)
	}
	fmt.Println(n2[0:0] == nil)
}
