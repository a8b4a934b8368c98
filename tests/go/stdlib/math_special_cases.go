// run

package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	fmt.Println(math.IsNaN(nan), math.IsNaN(1), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	fmt.Println(math.Sqrt(-4), math.Log(-1), math.Log(0), math.Pow(0, -1))
	fmt.Println(math.Copysign(3, -1), math.Signbit(-2), math.Signbit(2))
	fmt.Println(math.Floor(math.Inf(1)), math.Trunc(nan), math.Abs(math.Inf(-1)))
	fmt.Println(math.Max(math.Inf(-1), 0), math.Min(nan, 0), math.Mod(1, 0))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.0))
}
