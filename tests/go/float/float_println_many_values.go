// run

package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.2 + 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5,
		123456789, 1234567890123, 12345678901234567890, 0.000001234, 3.14159265358979, 1.5e300,
		5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, -0.0, math.Copysign(0, -1),
		math.Inf(1), math.Inf(-1), math.NaN(), 255.0 / 256, 1 << 53, 1<<53 + 1, 0.5, 2.5e-8}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	for _, v := range vals[:22] {
		fmt.Printf("%v|%g|%e|%f|%.3f|%8.2f|%-8.1f|%G|%.0f|%+.2e|%x\n", v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(float32(0.1), float32(1)/3, float32(16777216.0)+1, float32(1e10))
	fmt.Printf("%v %g %.10f\n", float32(0.1), float32(0.1), float32(0.1))
	fmt.Println(math.Sqrt(2), math.Pi, math.E, math.Floor(-2.5), math.Round(-2.5), math.Trunc(-2.7))
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z, -z)
	fmt.Printf("%5.1f|%-7.3g|%07.2f|% .3f|%+.1f\n", 3.14159, 2.0/3, -1.5, 2.0, 0.05)
}
