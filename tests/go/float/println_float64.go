// run

package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a + b)
	fmt.Println(1e21, 1e20, 123456789.0, 100000000.0, 1e6)
	fmt.Println(1e-7, 1e-4, 1e-5, 0.000123, 1.0, 2.5, -3.75)
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Println(math.Copysign(0, -1), 0.0)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0/3.0)
	fmt.Println(float64(1<<53), float64(1<<53)+1)
	fmt.Println(3.0, 3.5e10, 1e100, 123456789012345678.0)
	x := 1.0
	for i := 0; i < 5; i++ {
		x /= 10
		fmt.Print(x, " ")
	}
	fmt.Println()
	var f float64 = 100
	fmt.Println(f, f*1.1, f/7)
}
