// run
// args: -n 5 --threads 3 -- -x

// Everything after the program's file is the program's, as with `go run`, even arguments that
// look like gorun's own options (gorun took them and printed its usage).

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args)-1, os.Args[1:])
}
