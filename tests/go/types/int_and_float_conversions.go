// run

package main

import "fmt"

func main() {
	n := 7
	f := float64(n) / 2
	fmt.Println(f)
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big) == float64(big-1))
	var f32 float32 = float32(16777217)
	fmt.Println(f32, float64(f32))
	var x float32 = 0.1
	fmt.Println(float64(x))
	var y float64 = 0.1
	fmt.Println(float32(y))
	u := uint8(200)
	fmt.Println(float64(u) * 2)
	h := float32(1.5)
	fmt.Println(int(h * 3))
}
