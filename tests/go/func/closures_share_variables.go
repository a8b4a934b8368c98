// run

package main

import "fmt"

func pair() (func(), func() int) {
	x := 0
	return func() { x += 10 }, func() int { return x }
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	acc := make([]int, 0)
	push := func(v int) { acc = append(acc, v) }
	push(1)
	push(2)
	fmt.Println(acc)
	count := 0
	var fns [3]func()
	for i := range fns {
		fns[i] = func() { count += i }
	}
	for _, f := range fns {
		f()
	}
	fmt.Println(count)
}
