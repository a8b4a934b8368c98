// run

package main

import "fmt"

func main() {
	fs := []float64{3.9, -3.9, 0.5, -0.5, 2.5, 1e9 + 0.75}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	var f32 float32 = 7.99
	fmt.Println(int(f32), uint8(f32))
	fmt.Println(float64(7)/2, float64(7/2))
	x := 255.9
	fmt.Println(uint8(x))
}
