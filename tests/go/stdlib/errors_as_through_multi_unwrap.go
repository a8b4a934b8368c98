// run

package main

import (
	"errors"
	"fmt"
)

type CodeError struct{ Code int }

func (e CodeError) Error() string { return fmt.Sprint("code ", e.Code) }

func main() {
	j := errors.Join(errors.New("first"), CodeError{404})
	var ce CodeError
	fmt.Println(errors.As(j, &ce), ce.Code)

	w := fmt.Errorf("both: %w and %w", errors.New("x"), CodeError{500})
	fmt.Println(errors.As(w, &ce), ce.Code)

	nested := fmt.Errorf("outer: %w", errors.Join(errors.New("a"), fmt.Errorf("inner: %w", CodeError{418})))
	fmt.Println(errors.As(nested, &ce), ce.Code)
	fmt.Println(errors.Is(nested, CodeError{418}))
}
