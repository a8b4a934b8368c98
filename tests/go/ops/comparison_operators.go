// run

package main

import "fmt"

type P struct{ A, B int }

func main() {
	fmt.Println(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
	fmt.Println("apple" < "banana", "apple" < "app", "Z" < "a", "" < "a")
	fmt.Println(1.5 > 1.25, -0.0 == 0.0)
	fmt.Println(P{1, 2} == P{1, 2}, P{1, 2} != P{2, 1})
	fmt.Println([2]int{1, 2} == [2]int{1, 2})
	var i, j interface{} = 1, 1
	fmt.Println(i == j, i != "1")
	x, y := 3, 3
	px, py := &x, &y
	fmt.Println(px == py, *px == *py, px == &x)
	fmt.Println(true == false, true != false)
}
