// run

package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.2s|%5.1s|%q\n", s, s, s, s, s, s)
	fmt.Printf("%x|%X|% x|% X|%#x\n", s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%#+q\n", "é\n", "é\n", "é", "`é`")
	fmt.Printf("%s|%v|%q\n", []string{"a", "b"}, []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%s|%x|%q\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%v|%d\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%5s|%-5s|\n", "日本", "日本")
	fmt.Printf("%.1s|%.3q\n", "日本", "日本語")
	fmt.Printf("%05s|%010q\n", "ab", "ab")
}
