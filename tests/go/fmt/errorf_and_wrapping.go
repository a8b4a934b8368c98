// run

package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrBase = errors.New("base failure")

func main() {
	e1 := fmt.Errorf("step 1: %w", ErrBase)
	e2 := fmt.Errorf("step 2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Unwrap(e2) == e1, errors.Unwrap(ErrBase) == nil)
	e3 := fmt.Errorf("plain %v", ErrBase)
	fmt.Println(e3, errors.Is(e3, ErrBase), errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("two: %w and %w", ErrBase, os.ErrNotExist)
	fmt.Println(e4, errors.Is(e4, os.ErrNotExist), errors.Is(e4, ErrBase))
	fmt.Printf("%T %T %T\n", e1, e3, e4)
	e5 := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Printf("%v|%s|%q\n", e5, e5, e5)
	fmt.Println(fmt.Errorf("nil wrap: %w", nil))
}
