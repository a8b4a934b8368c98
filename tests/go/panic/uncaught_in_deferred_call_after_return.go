// run

package main

import "fmt"

func work() (n int) {
	defer func() {
		if n > 1 {
			panic(fmt.Sprintf("result too large: %d", n))
		}
	}()
	return 5
}

func main() {
	fmt.Println(work())
}
