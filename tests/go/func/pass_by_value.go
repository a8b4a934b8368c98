// run

package main

import "fmt"

type Box struct{ V int }

func setInt(x int)           { x = 100 }
func setBox(b Box)           { b.V = 100 }
func setBoxPtr(b *Box)       { b.V = 100 }
func setSlice(s []int)       { s[0] = 100 }
func appendSlice(s []int)    { s = append(s, 4); s[0] = -1 }
func setMap(m map[string]int) { m["k"] = 100 }
func setArray(a [2]int)      { a[0] = 100 }

func main() {
	x := 1
	setInt(x)
	b := Box{1}
	setBox(b)
	fmt.Println(x, b)
	setBoxPtr(&b)
	fmt.Println(b)
	s := []int{1, 2, 3}
	setSlice(s)
	fmt.Println(s)
	appendSlice(s[:3:3])
	fmt.Println(s)
	m := map[string]int{}
	setMap(m)
	fmt.Println(m)
	a := [2]int{1, 2}
	setArray(a)
	fmt.Println(a)
}
