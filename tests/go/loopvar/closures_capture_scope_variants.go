// run

package main

import "fmt"

func main() {
	var fs []func() int
	i := 0
loop:
	if i < 3 {
		j := i * 10
		fs = append(fs, func() int { return i + j })
		i++
		goto loop
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() int
	k := 0
	for k < 3 {
		gs = append(gs, func() int { return k })
		k++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() int
	for n := 0; n < 3; n++ {
		switch n {
		case 1:
			continue
		}
		hs = append(hs, func() int { n *= 10; return n })
	}
	for _, h := range hs {
		fmt.Print(h(), h(), " ")
	}
	fmt.Println()

	acc := 0
	adders := make([]func(), 0)
	for _, v := range []int{1, 2, 3} {
		adders = append(adders, func() { acc += v })
	}
	for _, a := range adders {
		a()
		a()
	}
	fmt.Println(acc)

	x := 1
	f := func() func() int {
		x++
		return func() int { x *= 2; return x }
	}
	g1 := f()
	g2 := f()
	fmt.Println(g1(), g2(), x)

	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		c := 0
		counters[name] = func() int { c++; return c * len(name) }
	}
	fmt.Println(counters["a"](), counters["a"](), counters["b"]())

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	*ptrs[0] = 100
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])

	var byLabel []func() int
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b > a {
				byLabel = append(byLabel, func() int { return a*10 + b })
				continue outer
			}
		}
	}
	for _, f := range byLabel {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var deferred []func()
	func() {
		for i := 0; i < 2; i++ {
			defer func() { deferred = append(deferred, func() { fmt.Print("d", i, " ") }) }()
		}
	}()
	for _, d := range deferred {
		d()
	}
	fmt.Println()
}
