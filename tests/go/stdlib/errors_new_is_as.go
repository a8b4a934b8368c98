// run

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type TimeoutError struct{ Seconds int }

func (e *TimeoutError) Error() string { return fmt.Sprintf("timeout after %ds", e.Seconds) }

func fetch(n int) error {
	switch n {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("fetch %d: %w", n, ErrNotFound)
	case 2:
		return fmt.Errorf("fetch %d: %w", n, &TimeoutError{5})
	}
	return errors.New("other")
}

func main() {
	for i := 0; i < 4; i++ {
		err := fetch(i)
		var te *TimeoutError
		fmt.Println(i, err, errors.Is(err, ErrNotFound), errors.As(err, &te))
		if te != nil {
			fmt.Println("  seconds:", te.Seconds)
		}
	}
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, errors.Is(a, b), a.Error() == b.Error())
	fmt.Println(errors.Is(os.ErrNotExist, fs.ErrNotExist))
	joined := errors.Join(ErrNotFound, errors.New("second"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))
}
