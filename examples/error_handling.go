// Error handling: returning errors, wrapping them and checking them.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNegative = errors.New("negative number")

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse age %q: %w", s, err)
	}
	if n < 0 {
		return 0, fmt.Errorf("parse age %q: %w", s, ErrNegative)
	}
	return n, nil
}

func main() {
	for _, input := range []string{"42", "abc", "-5", "7"} {
		age, err := parseAge(input)
		switch {
		case errors.Is(err, ErrNegative):
			fmt.Println("rejected:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Println("age:", age)
		}
	}
}
