// run

package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y := 0, 1
	for i := 0; i < 10; i++ {
		x, y = y, x+y
	}
	fmt.Println(x, y)
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9 // index expressions on the left are evaluated first
	fmt.Println(i, s)
	arr := [3]string{"a", "b", "c"}
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(arr)
	m := map[string]int{}
	m["p"], m["q"] = 1, 2
	fmt.Println(m)
}
