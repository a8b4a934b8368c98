// run

package main

import "fmt"

type Counter struct{ N int }

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)
	c := Counter{}
	c.N++
	p := &c
	p.N++
	fmt.Println(c.N)
	f := 0.5
	f++
	fmt.Println(f)
	var b byte = 255
	b++
	fmt.Println(b)
	xs := []int{5}
	xs[0]++
	fmt.Println(xs)
}
