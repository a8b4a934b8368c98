// run

package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD")
	fmt.Println([]byte(string(rune(0xD800))))
	var b byte = 'g'
	fmt.Println(string(rune(b)))
	for c := 'A'; c <= 'E'; c++ {
		fmt.Print(string(c))
	}
	fmt.Println()
	r := 'x'
	s := string(r) + string(r+1)
	fmt.Println(s)
}
