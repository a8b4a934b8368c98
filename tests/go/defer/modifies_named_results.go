// run

package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func unnamed() int {
	n := 1
	defer func() { n = 100 }() // does not change the returned value
	return n
}

func main() {
	fmt.Println(double())
	fmt.Println(wrapErr())
	fmt.Println(unnamed())
}
