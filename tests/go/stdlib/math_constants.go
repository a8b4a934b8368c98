// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint8, math.MaxUint16, math.MaxUint32)
	fmt.Println(math.MaxInt, math.MinInt)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	fmt.Printf("%.20f\n", math.Pi)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
	fmt.Printf("%T %T\n", math.Pi, math.MaxInt8)
}
