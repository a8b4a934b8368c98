// run

package main

import (
	"fmt"
	"math"
)

func main() {
	var a, b float32 = 0.1, 0.2
	fmt.Println(a, b, a+b)
	var third float32 = 1.0 / 3
	fmt.Println(third, float64(third))
	fmt.Println(float32(1e21), float32(16777216.0), float32(3.4e38))
	fmt.Println(float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32))
	var x float32 = 1
	for i := 0; i < 4; i++ {
		x *= 1.1
	}
	fmt.Println(x)
	fmt.Printf("%v %g %.3f %e\n", x, x, x, x)
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)) == 0.1)
}
