// run
// args: alpha beta gamma

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Println(i+1, a)
	}
}
