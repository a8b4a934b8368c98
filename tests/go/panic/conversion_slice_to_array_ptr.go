// run

package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	p := (*[2]int)(s)
	p[0] = 9
	fmt.Println(s, *p)
	a := [3]int(s)
	fmt.Println(a)
	q := (*[4]int)(s)
	fmt.Println(q)
}
