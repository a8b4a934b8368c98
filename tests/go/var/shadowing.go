// run

package main

import (
	"errors"
	"fmt"
)

func find(ok bool) (int, error) {
	if ok {
		return 1, nil
	}
	return 0, errors.New("not found")
}

func main() {
	n := 10
	err := errors.New("outer")
	if n, err := find(false); err != nil {
		fmt.Println("inner:", n, err)
	}
	fmt.Println("outer:", n, err)
	for i := 0; i < 2; i++ {
		n := i * 100
		fmt.Println("loop n:", n)
	}
	fmt.Println("after loop:", n)
	func() {
		n = 42
	}()
	fmt.Println("closure assigned:", n)
}
