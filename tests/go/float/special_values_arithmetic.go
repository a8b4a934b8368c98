// run

package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Println(posInf > math.MaxFloat64, negInf < -math.MaxFloat64)
	fmt.Println(math.IsNaN(nan), math.IsInf(posInf, 1), math.IsInf(negInf, 0))
	fmt.Println(nan == nan, nan < 0, nan >= 0)
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero == 0, math.Signbit(negZero), 1/negZero)
	fmt.Println(math.Max(nan, 1), math.Min(-0.0, 0.0))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	fmt.Println(int64(math.Pow(2, 62)), math.Pow(2, 0.5))
}
