// run

package main

import "fmt"

type Meters float64
type Feet float64
type IDs []int
type Registry map[string]int

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

func main() {
	var m Meters = 10
	fmt.Println(m, m.ToFeet())
	fmt.Printf("%T %T\n", m, m.ToFeet())
	ids := IDs{3, 1, 2}
	ids = append(ids, 4)
	fmt.Println(ids, len(ids))
	fmt.Printf("%T\n", ids)
	r := Registry{"a": 1}
	r["b"] = 2
	fmt.Println(len(r), r)
	var plain []int = ids // assignable: identical underlying types, one side unnamed
	fmt.Println(plain)
}
