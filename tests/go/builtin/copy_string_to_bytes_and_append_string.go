// run

package main

import "fmt"

func main() {
	buf := make([]byte, 3)
	n := copy(buf, "abcdef")
	fmt.Println(n, string(buf))
	out := append([]byte("x="), "42"...)
	fmt.Println(string(out))
	var runes []rune
	for _, r := range "añb" {
		runes = append(runes, r)
	}
	fmt.Println(len(runes), string(runes))
}
