// Strings: bytes versus runes, the strings package and building strings.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func reverse(s string) string {
	runes := []rune(s)
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	return string(runes)
}

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func main() {
	s := "héllo, wörld"
	fmt.Println(len(s), "bytes,", len([]rune(s)), "runes")
	fmt.Println(reverse(s))
	fmt.Println(capitalize("the go programming language"))
	fmt.Println(strings.ToUpper(s), strings.Count(s, "l"))
	fmt.Println(strings.Contains(s, "wör"), strings.Index(s, "w"))
	fmt.Println(strings.Replace(s, "l", "L", 2))

	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff!")
	fmt.Println(b.String())

	vowels := 0
	for _, r := range s {
		if strings.ContainsRune("aeiouéö", r) {
			vowels++
		}
	}
	fmt.Println("vowels:", vowels)
}
