// run
// args: rune

package main

import "os"

func main() {
	switch os.Args[1] {
	case "float":
		panic(1.5)
	case "bool":
		panic(false)
	case "uint8":
		panic(uint8(200))
	case "rune":
		panic('x')
	}
}
