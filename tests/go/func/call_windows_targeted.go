// run

// Calls whose results land straight in the argument slot of an enclosing call, closures called
// from the register of their variable, and the cases where neither may happen: a variable that
// must keep its value when the call panics, and a function value assigned by its own arguments.
package main

import (
	"errors"
	"fmt"
)

type adder struct{ base int }

func (a adder) add(x int) int { return a.base + x }

func (a *adder) bump(x int) int {
	a.base += x
	return a.base
}

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func add(a, b int) int { return a + b }

func pair(a, b int) (int, int) { return b, a }

func boom(n int) int {
	n = -1
	panic(errors.New("boom"))
}

// x keeps its value when boom panics and the deferred recover lets keep return.
func keep() (x int) {
	defer func() { recover() }()
	x = 5
	x = boom(x)
	return x
}

func keepLocal() (r int) {
	defer func() {
		if recover() != nil {
			r = -2
		}
	}()
	y := 7
	y = boom(y)
	return y
}

func main() {
	fmt.Println(add(add(1, 2), add(3, add(4, 5))))

	sum := func(a, b int) int { return a + b }
	twice := func(f func(int, int) int, x int) int { return f(x, x) }
	fmt.Println(sum(sum(1, 2), twice(sum, sum(3, 4))))

	a := adder{10}
	p := &adder{1}
	fmt.Println(a.add(a.add(p.bump(2))), p.base)

	var s shape = sq{3}
	fmt.Println(add(s.area(), sq{4}.area()))
	fmt.Println(add(pair(1, 2)))

	stack := []int{1, 2, 3}
	pop := func() int {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	stack = append(stack, pop())
	fmt.Println(stack)

	f := func(n int) int { return n * 10 }
	fmt.Println(f(func() int {
		f = func(n int) int { return n * 100 }
		return 2
	}()), f(2))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(fib(7)))

	fmt.Println(keep(), keepLocal())
	fmt.Println(fmt.Sprint(add(1, 1)), fmt.Sprintf("%d-%d", sum(1, 2), add(3, 4)))
}
