// run

package main

import "fmt"

func average(total, count int) int {
	return total / count
}

func main() {
	fmt.Println(average(10, 2))
	fmt.Println(average(10, 0))
}
