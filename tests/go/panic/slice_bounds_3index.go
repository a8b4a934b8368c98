// run

package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	i, j, k := 1, 4, 6
	fmt.Println(s[i:j])
	fmt.Println(s[i:j:k])
}
