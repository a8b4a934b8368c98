// run

package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	k := 0
	for k, s[k] = range []int{5, 6, 7} {
	}
	fmt.Println(k, s)
}
