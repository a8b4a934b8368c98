// run

package main

import "fmt"

func main() {
	s := "abc"
	i := len(s)
	fmt.Println(s[i-1])
	fmt.Println(s[i])
}
