// run

package main

import "fmt"

func main() {
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += 0.1
	}
	fmt.Println(s32, s32 == 1.0)
	fmt.Println(0.1*3, 0.3)
	x, y := 0.1, 3.0
	fmt.Println(x*y, x*y == 0.3)
	fmt.Println(1e16+1, 1e16+2)
}
