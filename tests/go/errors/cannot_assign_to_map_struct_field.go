// errorcheck

package main

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"a": {1, 2}}
	m["a"].X = 5 // ERROR "cannot assign to struct field m\[\"a\"\].X in map"
}
