// run

package main

import "fmt"

type triple struct{ a, b, c int64 }

func main() {
	var bs []byte
	var rs []rune
	var ss []string
	var ts []triple
	var bools []bool
	for i := 0; i < 40; i++ {
		bs = append(bs, 'x')
		rs = append(rs, 'x')
		ss = append(ss, "x")
		ts = append(ts, triple{})
		bools = append(bools, true)
		fmt.Println(i+1, cap(bs), cap(rs), cap(ss), cap(ts), cap(bools))
	}
	b := append([]byte("hello"), " world"...)
	fmt.Println(len(b), cap(b))
	b2 := append([]byte{}, "a"...)
	fmt.Println(len(b2), cap(b2))
}
