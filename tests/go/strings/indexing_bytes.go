// run

package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%d ", i, s[i])
	}
	fmt.Println()
	fmt.Println(s[0], string(s[0]), s[1], s[len(s)-1])
	fmt.Printf("%T %c %q\n", s[0], s[0], s[0])
	b := s[1]
	fmt.Println(b == 0xc3)
}
