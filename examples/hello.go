// Hello, world: the smallest Go program.
package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
}
