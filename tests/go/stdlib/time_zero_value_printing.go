// run

// Printing a time.Time (here the zero value, which needs no clock or zone) shows its calendar
// date. gorun has no calendar yet and refuses to print a Time rather than show its fields.

package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
}

func main() {
	var t time.Time
	fmt.Println(t)
	fmt.Printf("%v|%s\n", t, t)
	fmt.Printf("%+v\n", Event{"launch", t})
}
