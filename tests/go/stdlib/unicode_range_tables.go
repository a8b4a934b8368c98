// run

package main

import (
	"fmt"
	"unicode"
)

func main() {
	han := 0
	for _, r := range "Go语言 is fun" {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	fmt.Println(han, unicode.In('a', unicode.Latin, unicode.Greek))
}
