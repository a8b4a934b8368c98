// run

package main

import "fmt"

// Package-level declarations are resolved in dependency order, whatever the source order:
// constants, array lengths and types built from constants declared further down.

const b = c + d

const (
	c = 4
	d = 5
)

var a = [max]int{}

const max = 32

type T [l1 + l2]int

const l1, l2 = 2, 3

var arr [len(prefix+path) + 2]int

const prefix = "ab"
const path = "cde"

const (
	first = iota * step
	second
	third
)

const step = 10

func main() {
	fmt.Println(b, len(a), len(T{}), len(arr))
	fmt.Println(first, second, third)
}
