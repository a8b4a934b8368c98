// run

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("no newline")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(7)
}
