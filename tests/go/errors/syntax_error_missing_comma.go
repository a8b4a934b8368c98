// errorcheck

package main

import "fmt"

func main() {
	fmt.Println("a", "b" // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	x := 1
}
