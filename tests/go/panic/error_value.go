// run

package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty input")

func main() {
	err := fmt.Errorf("load config: %w", ErrEmpty)
	panic(err)
}
