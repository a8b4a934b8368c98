// errorcheck

package main

import "fmt"

func main() {
	fmt.Println(count) // ERROR "undefined: count"
	undefinedFunc()    // ERROR "undefined: undefinedFunc"
}
