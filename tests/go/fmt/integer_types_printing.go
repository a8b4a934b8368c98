// run

package main

import "fmt"

func main() {
	var b byte = 'A'
	var r rune = 'A'
	fmt.Println(b, r, string(b), string(r))
	fmt.Println([]byte("AB"), []rune("AB"))
	fmt.Printf("%v %c %q %U\n", r, r, r, r)
	var u uint = 18446744073709551615
	var i64 int64 = -9223372036854775808
	fmt.Println(u, i64)
	var u8s = []uint8{1, 2}
	fmt.Printf("%v %x %s\n", u8s, u8s, u8s)
	type MyBytes []byte
	fmt.Println(MyBytes("hi"))
	fmt.Printf("%s\n", MyBytes("hi"))
}
