// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Sqrt(2), math.Cbrt(27))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(0, 0), math.Pow(-8, 1.0/3))
	fmt.Println(math.Abs(-3.5), math.Abs(2))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-1.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2))
	fmt.Println(math.Log(math.E), math.Log2(8), math.Log10(1000), math.Log1p(0))
	fmt.Println(math.Exp(0), math.Exp(1), math.Exp2(3))
	fmt.Println(math.Sin(0), math.Cos(0), math.Sin(math.Pi/2), math.Atan(1)*4)
	fmt.Println(math.Hypot(3, 4), math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%.4f %.4f\n", math.Sin(1), math.Atan2(1, -1))
	i, frac := math.Modf(3.75)
	fmt.Println(i, frac)
}
