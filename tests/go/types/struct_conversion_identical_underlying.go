// run

package main

import "fmt"

type Point struct{ X, Y int }
type Vec struct{ X, Y int }

type Celsius float64
type Kelvin float64

func main() {
	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	fmt.Println(p, v)
	anon := struct{ X, Y int }{3, 4}
	p = anon
	fmt.Println(p)
	c := Celsius(20)
	k := Kelvin(c + 273.15)
	fmt.Println(k)
	fmt.Printf("%T %T\n", v, k)
}
