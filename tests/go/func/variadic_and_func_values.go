// run

package main

import (
	"fmt"
	"strings"
)

func sum(prefix string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	if len(nums) > 0 {
		nums[0] = -1
	}
	return fmt.Sprint(prefix, t, len(nums), nums == nil)
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func multi() (int, string) { return 7, "seven" }
func take(i int, s string) string { return fmt.Sprint(i, s) }
func takeAny(xs ...interface{}) int { return len(xs) }

type op func(int, int) int

func (o op) apply(a, b int) int { return o(a, b) }

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	fmt.Println(sum("a"), sum("b", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("c", xs...), xs)
	fmt.Println(sum("d", nil...), sum("e", []int{}...))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(apply(inc, dbl)(3), apply(dbl, inc)(3), apply()(3))
	fmt.Println(take(multi()))
	fmt.Println(takeAny(), takeAny(nil), takeAny(nil...), takeAny([]interface{}{1, 2}...), takeAny(xs))
	add := op(func(a, b int) int { return a + b })
	fmt.Println(add.apply(2, 3), op.apply(add, 1, 1))
	var fib func(int) int
	fib = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80))
	fns := map[string]func(string) string{"up": strings.ToUpper, "rep": func(s string) string { return strings.Repeat(s, 2) }}
	fmt.Println(fns["up"]("x"), fns["rep"]("y"), fns["none"] == nil)
	var pf = fmt.Sprintf
	fmt.Println(pf("%03d", 7))
	strs := []string{"a", "b"}
	fmt.Println(strings.Join(append(strs, "c"), "-"))
	func(args ...string) {
		args[0] = "changed"
	}(strs...)
	fmt.Println(strs)
	fmt.Println(fmt.Sprint(xs, "x", 1, 2))
}
