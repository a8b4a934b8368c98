// run

package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 123.456, 1e-9, 6.02214076e23, 1234567.0, 0.00001234}
	for _, v := range vals {
		fmt.Printf("%g | %.2g | %.6g | %e | %.3e | %f | %.1f | %G | %E\n", v, v, v, v, v, v, v, v, v)
	}
}
