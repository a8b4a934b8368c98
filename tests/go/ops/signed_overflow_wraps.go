// run

package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int16 = 32767
	b += 2
	fmt.Println(b)
	var c int32 = math.MaxInt32
	c *= 2
	fmt.Println(c)
	var d int64 = math.MaxInt64
	d++
	fmt.Println(d)
	var e int = math.MinInt64
	e--
	fmt.Println(e)
	var f int8 = -128
	f = -f
	fmt.Println(f)
	var g int32 = 100000
	fmt.Println(g * g)
	var h int8 = 64
	fmt.Println(h * 4, h << 1)
}
