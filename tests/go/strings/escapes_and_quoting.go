// run

package main

import "fmt"

func main() {
	s := "a\tb\\n\"c\"\a"
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)
	fmt.Printf("%q\n", "日本\x00\xff")
	fmt.Printf("%+q\n", "日本")
	fmt.Printf("%#q\n", "back`tick")
	fmt.Printf("%#q\n", "plain")
	fmt.Printf("%x\n", "hi there")
	fmt.Printf("% x\n", "hi")
	fmt.Printf("%X\n", []byte("ok"))
}
