// run

package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	inf := math.Inf(1)
	fmt.Println(inf+1, inf-inf, inf*0, -inf*2)
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2)
	var f32 float32 = 0.1
	fmt.Println(f32+0.2, f32*3)
	big := 1e308
	fmt.Println(7.0/2, big*10, -big*10)
	fmt.Println(math.Sqrt(-1), math.Log(0))
}
