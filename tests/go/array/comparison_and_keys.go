// run

package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := [...]int{1, 2, 3}
	c := [3]int{1, 2}
	fmt.Println(a == b, a == c, c)
	seen := map[[2]int]string{}
	seen[[2]int{0, 1}] = "edge"
	fmt.Println(seen[[2]int{0, 1}], len(seen[[2]int{1, 0}]))
	fmt.Printf("%T %T\n", b, c)
}
