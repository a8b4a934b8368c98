// errorcheck

package main

import "fmt"

func main() {
	if true {
		fmt.Println("yes")
	}
	else { // ERROR "syntax error: unexpected keyword else, expected }"
		fmt.Println("no")
	}
}
