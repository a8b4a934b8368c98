package main

import "fmt"

func f(a, b int) int { return a }
func v(a int, b ...string) {}
func two() (int, int) { return 1, 2 }

func main() {
	f(1)
	f()
	f(1, s...)
	v()
	v(1, "a", 2)
	v(1, []string{}...)
	f(1, s...)
	x := 5
	var s []int
	x(1)
	f(two())
	v(two())
	fmt.Println(two())
	int(1, 2)
	int()

	s = append(s, 1.5)
	s = append(s, s)
	len(1)
	fmt.Printf("%d\n", 1, 2)
	f("a", 2)
	var p *int
	p.foo()
}
