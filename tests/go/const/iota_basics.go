// run

package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	X = iota * 10
	Y
	Z = "z"
	W
	V = iota
)

const (
	P, Q = iota, iota + 100
	R, S
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(X, Y, Z, W, V)
	fmt.Println(P, Q, R, S)
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%T %v\n", Tuesday, Tuesday)
	const single = iota
	fmt.Println(single)
}
