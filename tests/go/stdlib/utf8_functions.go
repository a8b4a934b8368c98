// run

package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xffabc")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("abc界")
	fmt.Println(string(r), size)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"))
	fmt.Println(utf8.RuneCount([]byte("日本")), utf8.UTFMax, utf8.RuneSelf)
	buf := utf8.AppendRune(nil, '界')
	fmt.Println(buf, utf8.FullRune(buf[:2]))
}
