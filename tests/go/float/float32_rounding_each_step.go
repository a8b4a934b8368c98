// run

package main

import (
	"fmt"
	"math"
)

type Temp float32

func main() {
	var f float32
	for i := 0; i < 10; i++ {
		f += 0.1
	}
	fmt.Println(f, f == 1, float64(f))
	var g float32 = 16777216
	g++
	fmt.Println(g, g+1 == g)
	a, b := float32(0.1), float32(0.2)
	fmt.Println(a+b, a*b, a/b, a-b, float64(a)+float64(b))
	x := float32(1) / 3
	y := x * 3
	fmt.Println(x, y, y == 1)
	var big float32 = math.MaxFloat32
	fmt.Println(big*2, -big*2, big+1 == big)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2, tiny*0.5)
	var t Temp = 36.6
	t += 0.1
	fmt.Println(t, t*1.8+32)
	fmt.Printf("%.10f %v %g %e\n", f, float32(2)/3, float32(1e-7), float32(123456789))
	sum := float32(0)
	for i := 1; i <= 100; i++ {
		sum += 1 / float32(i)
	}
	fmt.Println(sum)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, d == 1)
	h := float32(math.Pi)
	fmt.Println(h, float64(h), math.Sqrt(float64(h)), float32(math.Sqrt(float64(h))))
	i32 := int32(float32(2147483520))
	fmt.Println(i32, int64(float32(1e10)), uint8(g/100000))
	fmt.Println(float32(0.1)+float32(0.2) == float32(0.3), 0.1+0.2 == 0.3)
	var m32 float32 = 3
	fmt.Println(m32/0.7, float32(math.Mod(float64(m32), 0.7)))
}
