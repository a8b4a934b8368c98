// run

package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f\n", f, f, f, f, f, f, f)
	fmt.Printf("%e|%E|%.2e|%10.1e\n", f, f, f, f)
	fmt.Printf("%g|%G|%.3g|%.10g|%g\n", f, f, f, f, 1e21)
	fmt.Printf("%g|%g|%g|%g|%g\n", 100000.0, 1e6, 1e-4, 1e-5, 123456789.0)
	fmt.Printf("%v|%v|%v\n", 1e20, 1e21, 1.0)
	fmt.Printf("%.0f|%.0f|%.0f|%.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%f|%f|%f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-7.2f|%07.2f\n", -2.345, 9.999, -1.5)
	fmt.Printf("%#g|%#.3g|%#.0f\n", 1.0, 2.0, 3.0)
	fmt.Printf("%x|%X\n", 1.0, 255.5)
	fmt.Printf("%6.2f%%\n", 45.678)
	var f32 float32 = 0.1
	fmt.Printf("%v|%g|%f|%.10f\n", f32, f32, f32, f32)
	fmt.Printf("%b\n", 1.0)
}
