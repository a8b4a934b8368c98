// run

package main

import "fmt"

type Pair struct{ K, V string }

func main() {
	s := make([]Pair, 2)
	s[0].K = "k"
	fmt.Printf("%+v\n", s)
	m := make(map[string][]int, 10)
	m["a"] = append(m["a"], 1)
	fmt.Println(m, len(m))
	p := new(Pair)
	p.V = "v"
	fmt.Printf("%+v\n", *p)
	ip := new(int)
	*ip += 3
	fmt.Println(*ip)
	sp := new([]int)
	fmt.Println(*sp == nil)
}
