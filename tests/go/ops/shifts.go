// run

package main

import "fmt"

func main() {
	x := 1
	for _, n := range []uint{0, 1, 10, 62, 63, 64, 100} {
		fmt.Println(n, x<<n)
	}
	var u uint64 = 1 << 63
	fmt.Println(u>>63, u>>64, u<<1)
	neg := -16
	fmt.Println(neg>>2, neg>>63, neg>>100)
	var b uint8 = 0x81
	fmt.Println(b<<1, b>>1, b<<8)
	var s int8 = -128
	fmt.Println(s>>1, s>>7, s<<1)
	n := 3
	fmt.Println(1<<n, 256>>n, int32(1)<<30)
}
