// run

package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return v })
	}
	for i, c := range "ab" {
		fs = append(fs, func() int { return i*1000 + int(c) })
	}
	for i := range 3 {
		fs = append(fs, func() int { return i + 100 })
	}
	m := map[int]int{1: 1}
	for k, v := range m {
		fs = append(fs, func() int { return k + v })
	}
	arr := [2]int{4, 5}
	for i := range arr {
		fs = append(fs, func() int { return arr[i] })
	}
	arr[0] = 40
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// modification of the loop var inside the body affects the next iteration
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// closure increments its own copy
	var hs []func() int
	for i := 0; i < 3; i++ {
		hs = append(hs, func() int { i += 10; return i })
	}
	fmt.Println(hs[0](), hs[0](), hs[1](), hs[2]())

	// pointers to loop variable
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])

	// closure sees update made after creation within same iteration
	var ks []func() int
	for i := 0; i < 3; i++ {
		ks = append(ks, func() int { return i })
		i += 0
	}
	fmt.Println(ks[0](), ks[1](), ks[2]())

	// closure in the post statement
	var post []func() int
	for i := 0; i < 3; i, post = i+1, append(post, func() int { return i }) {
	}
	for _, f := range post {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
