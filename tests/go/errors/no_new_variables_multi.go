// errorcheck

package main

import "strconv"

func main() {
	n, err := strconv.Atoi("1")
	n, err := strconv.Atoi("2") // ERROR "no new variables on left side of :="
	m, err := strconv.Atoi("3") // ok: m is new
	_, _ = n, m
	_ = err
	x := 1
	x, _ := 2, 3 // ERROR "no new variables on left side of :="
	_ = x
}
