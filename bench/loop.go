// Nested integer loops: 10,000 x 10,000 iterations of integer arithmetic.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10000; i++ {
		for j := 0; j < 10000; j++ {
			sum += (i ^ j) & 7
		}
	}
	fmt.Println(sum)
}
