// run

package main

import "fmt"

func main() {
	defer fmt.Println("deferred first, runs last")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer func() {
		fmt.Println("closure defer")
	}()
	fmt.Println("body")
}
