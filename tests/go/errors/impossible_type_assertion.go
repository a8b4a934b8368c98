// errorcheck

package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }

func main() {
	var sh Shape = &Square{2}
	sq := sh.(Square) // ERROR "impossible type assertion: sh.\(Square\)\n\tSquare does not implement Shape \(method Area has pointer receiver\)"
	fmt.Println(sq)
}
