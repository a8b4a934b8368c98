// run

package main

import "fmt"

func main() {
	var d uint8
	fmt.Println(7 % (d + 1))
	fmt.Println(7 % d)
}
