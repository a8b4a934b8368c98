// run

package main

import "fmt"

func shout(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func main() {
	orig := "quiet"
	loud := shout(orig)
	fmt.Println(orig, loud)
	b := []byte("abc")
	s := string(b)
	b[0] = 'X'
	fmt.Println(s, string(b))
	r := []rune("añb")
	r[1] = 'n'
	fmt.Println(string(r))
}
