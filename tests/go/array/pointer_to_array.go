// run

package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr
	p[0] = 10
	fmt.Println(len(p), cap(p), arr)
	for i, v := range p {
		p[i] = v * v
	}
	fmt.Println(*p)
	s := p[1:3]
	s[0] = 0
	fmt.Println(arr)
	q := new([3]string)
	q[2] = "z"
	fmt.Printf("%q\n", *q)
}
