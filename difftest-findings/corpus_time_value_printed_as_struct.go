// Printing a time.Time with fmt must print it as Go does, not as a bare struct.
package main

import (
	"fmt"
	"time"
)

func main() {
	var t time.Time
	fmt.Println(t)
	fmt.Printf("%v|%s\n", t, t)
}
