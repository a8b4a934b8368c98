// run

package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe2\x82c\xe2\x82\xac\xc0\x80" + string([]byte{0xed, 0xa0, 0x80})
	for i, r := range s {
		fmt.Printf("%d:%U:%q ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), []rune(s))
	fmt.Printf("%q %+q %x % x %X\n", s, s, s, s, s)
	fmt.Println(string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)) == "\uFFFD")
	bs := []byte(s)
	fmt.Println(bs[1], s[1], string(s[1]), string(bs[1:2]) == "\xff")
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("ab€")
	fmt.Println(r, size, utf8.RuneLen('€'), utf8.RuneLen(-1))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 0x1F600)
	fmt.Println(buf[:n], n, string(buf[:n]))
	fmt.Println([]byte(string(rune(200))), string([]rune{72, 105, 0x4e16}))
	for i := 0; i < len("héllo"); i++ {
		fmt.Print("héllo"[i], " ")
	}
	fmt.Println()
	x := "日本語"
	fmt.Println(x[0:3], len(x), x[3:], []byte(x[:1]))
	fmt.Printf("%c %c %v %d\n", x[0], []rune(x)[1], x[0], '日')
}
