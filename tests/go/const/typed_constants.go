// run

package main

import "fmt"

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

const typed int32 = 7
const untyped = 7

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%v %d %T\n", Green, Green, Green)
	var f float64 = untyped
	fmt.Println(f, typed*2)
	fmt.Printf("%T %T\n", typed, untyped)
	var i8 int8 = untyped
	fmt.Println(i8 + 1)
}
