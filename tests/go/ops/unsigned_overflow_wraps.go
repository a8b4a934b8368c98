// run

package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c uint16 = 65535
	c += 10
	fmt.Println(c)
	var d uint32 = 0
	d -= 1
	fmt.Println(d)
	var e uint64 = 0
	e--
	fmt.Println(e)
	var f uint = 1 << 63
	fmt.Println(f * 2)
	var g uint8 = 200
	fmt.Println(g+100, g*2, -g)
	var h uint32 = 123456789
	fmt.Println(h * h)
}
