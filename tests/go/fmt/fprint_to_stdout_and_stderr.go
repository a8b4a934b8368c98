// run

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stdout, "formatted %s\n", "out")
	fmt.Fprintf(os.Stderr, "formatted %s\n", "err")
	fmt.Fprint(os.Stderr, "no newline", "\n")
	n, err := fmt.Fprint(os.Stdout, "abc", "\n")
	fmt.Println(n, err)
	os.Stdout.WriteString("direct write\n")
}
