// run

package main

import "fmt"

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func check(age int) error {
	if age < 0 {
		return &ValidationError{"age"}
	}
	return nil
}

func main() {
	if err := check(5); err != nil {
		panic(err)
	}
	fmt.Println("ok")
	if err := check(-1); err != nil {
		panic(err)
	}
}
