// errorcheck

package main

import "fmt"

count := 0 // ERROR "syntax error: non-declaration statement outside function body"

func main() {
	fmt.Println(count)
}
