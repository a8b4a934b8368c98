// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -2))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	fmt.Println(min(1.0, math.NaN()), max(math.Inf(-1), 0))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	const c = min(1, 2.5)
	fmt.Printf("%v %T\n", c, c)
}
