// run

package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) > 5 {
		os.Exit(0)
	}
	fmt.Println("failing")
	os.Exit(1)
}
