// run

package main

import "fmt"

type ValidationError struct {
	Field string
	Line  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s on line %d", e.Field, e.Line)
}

func main() {
	panic(&ValidationError{"name", 12})
}
