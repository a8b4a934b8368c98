// run

// math.Sqrt: special values, a variable operand, a conversion, nested in arithmetic, and
// the function used as a value (a native call).
package main

import (
	"fmt"
	"math"
)

type F float64

func main() {
	x := 2.0
	fmt.Println(math.Sqrt(x), math.Sqrt(-1), math.Sqrt(math.Inf(1)), math.Sqrt(0), math.Sqrt(-0.0), math.Sqrt(16))
	f := math.Sqrt
	fmt.Println(f(9), math.Sqrt(float64(F(25))), math.Sqrt(x*x+1))
	s := []float64{4, 9}
	fmt.Println(math.Sqrt(s[1]) + math.Sqrt(s[0]))
}
