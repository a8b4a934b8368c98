// run

package main

import "fmt"

const π = 3.14159

type Größe struct{ Breite, Höhe int }

func fläche(g Größe) int { return g.Breite * g.Höhe }

func main() {
	日本 := "Japan"
	fmt.Println(日本, π)
	g := Größe{Breite: 3, Höhe: 4}
	fmt.Println(fläche(g), g)
	var _x1, x_2 = 1, 2
	fmt.Println(_x1 + x_2)
}
