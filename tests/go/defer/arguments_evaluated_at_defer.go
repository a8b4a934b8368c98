// run

package main

import "fmt"

func show(label string, v int) { fmt.Println(label, v) }

func main() {
	x := 1
	defer show("argument evaluated at defer:", x)
	defer func() { show("closure sees final:", x) }()
	x = 2
	s := []int{1}
	defer fmt.Println("slice header at defer:", s)
	s[0] = 100
	s = append(s, 2)
	x = 3
	fmt.Println("end of main, x =", x)
}
