// errorcheck

package main

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	_ = p.Z     // ERROR "p.Z undefined \(type Point has no field or method Z\)"
	p.Move(1)   // ERROR "p.Move undefined \(type Point has no field or method Move\)"
}
