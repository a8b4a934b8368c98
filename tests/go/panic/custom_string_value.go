// run

package main

import "fmt"

func main() {
	fmt.Println("about to panic")
	panic(fmt.Sprintf("bad input %q at %d", "x", 3))
}
