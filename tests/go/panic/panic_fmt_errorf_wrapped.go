// run

package main

import "fmt"

func main() {
	err := fmt.Errorf("outer: %w", fmt.Errorf("inner %d", 1))
	panic(err)
}
