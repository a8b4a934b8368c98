package main

import (
	"fmt"
	m "math"
	"os"
	"strings"
)

const a = b
const b = a

var x = y
var y = x

var z = z

type T struct{ t T }
type U struct{ v V }
type V struct{ u U }
type W [len(W{})]int

func main() {
	var s fmt.Stringer = 1
	fmt.Println(s)
}
