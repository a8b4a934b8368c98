// run

package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	defer os.Exit(3)
	fmt.Println("body")
	panic("boom")
}
