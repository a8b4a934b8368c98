// run

package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a, +a, -(-a))
	x, y := 7.5, 2.0
	fmt.Println(x+y, x-y, x*y, x/y)
	var u uint = 10
	fmt.Println(u/3, u%3)
	fmt.Println(1+2*3, (1+2)*3, 10-4-3, 100/10/5)
	s := "go" + "lang"
	fmt.Println(s)
	c := 'a' + 1
	fmt.Println(c, string(c))
}
