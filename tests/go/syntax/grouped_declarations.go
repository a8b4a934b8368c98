// run

package main

import (
	"fmt"
	"strings"
)

const (
	Greeting = "hello"
	Count    = 3
)

var (
	name  = "gopher"
	times int
)

type (
	Celsius    float64
	Fahrenheit float64
)

func main() {
	times = Count
	fmt.Println(strings.Repeat(Greeting+" ", times) + name)
	var c Celsius = 100
	f := Fahrenheit(c*9/5 + 32)
	fmt.Println(c, f)
	fmt.Printf("%T %T\n", c, f)
}
