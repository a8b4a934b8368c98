// Run as: gorun corpus_dash_args_taken_by_gorun.go -n 5   (go run prints "2 [-n 5]").
// gorun's own option parser takes program arguments that start with '-'.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args)-1, os.Args[1:])
}
