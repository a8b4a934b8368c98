// run

package main

import "fmt"

func main() {
	divs := []int{2, 1, 0}
	f := func(d int) int { return 10 / d }
	for _, d := range divs {
		fmt.Println(f(d))
	}
}
