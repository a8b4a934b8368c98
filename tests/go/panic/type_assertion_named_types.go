// run

package main

import "fmt"

type Celsius float64
type Reading interface{ Value() float64 }

func (c Celsius) Value() float64 { return float64(c) }

func main() {
	var r Reading = Celsius(21)
	fmt.Println(r.Value())
	_ = r.(*Celsius)
}
