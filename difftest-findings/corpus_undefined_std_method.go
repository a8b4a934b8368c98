// A method of a standard type gorun lacks is reported as if the program were wrong.
package main

import (
	"fmt"
	"time"
)

func main() {
	var t time.Time
	fmt.Println(t.Hour(), t.Weekday() == time.Monday)
}
