// run

package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]string{1: "one", -2: "minus two"}
	m[math.NaN()] = "nan"
	fmt.Println(m)
}
