// run

package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(values...)
var values = []int{d, d * 2}

var x, y = pair()

func pair() (int, int) {
	fmt.Println("pair called, a =", a)
	return a, a * 2
}

func f(s string) int {
	fmt.Println("init", s, "d =", d)
	return len(s) + d
}

func sum(xs ...int) int {
	t := 0
	for _, v := range xs {
		t += v
	}
	fmt.Println("sum of", xs)
	return t
}

var counter int

func next() int {
	counter++
	return counter
}

var first, second = next(), next()
var third = next()

func init() {
	fmt.Println("init 1:", a, b, c, total, x, y)
	counter = 100
}

func init() {
	fmt.Println("init 2:", counter, first, second, third)
}

var late = func() string {
	fmt.Println("late initialized")
	return "late"
}()

func main() {
	fmt.Println("main", late, next())
}
