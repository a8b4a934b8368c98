// run

package main

import (
	"fmt"
	"math"
)

func main() {
	for _, v := range []float64{2.5, -2.5, 3.5, 2.4999, -0.4, 1.5e15 + 0.5} {
		fmt.Println(v, math.Round(v), math.RoundToEven(v), math.Floor(v), math.Ceil(v), math.Trunc(v))
	}
	fmt.Println(math.Round(2.345*100) / 100)
	fmt.Printf("%.2f %.2f %.2f\n", 2.345, 2.355, 1.005)
	neg := -7.5
	fmt.Println(int(math.Round(neg)), int(neg))
}
