// run

package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%t|%v|%5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%T|%T|%T|%T\n", true, T{}, &T{}, []*T{})
	fmt.Printf("%v%%|%%d|100%%\n", 50)
	fmt.Printf("%T|%T\n", nil, fmt.Printf)
}
