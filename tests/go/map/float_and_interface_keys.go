// run

package main

import (
	"fmt"
	"maps"
	"math"
)

type point struct{ x, y int }

// Keys that are not plain words or strings: floats (-0 == +0, NaN != NaN), interfaces (dynamic
// type and value), structs and arrays.
func main() {
	nan := math.NaN()
	f := map[float64]int{}
	f[nan] = 1
	f[nan] = 2
	f[1.5] = 3
	_, ok := f[nan]
	fmt.Println(len(f), ok, f[1.5])
	delete(f, nan)
	fmt.Println(len(f))
	nans, sum := 0, 0
	for k, v := range f {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println(nans, sum)
	g := maps.Clone(f)
	fmt.Println(len(g))
	clear(f)
	fmt.Println(len(f), len(g))

	z := map[float64]string{}
	negZero := math.Copysign(0, -1)
	z[0] = "plus"
	z[negZero] = "minus"
	fmt.Println(len(z), z[0], z[negZero])
	for k := range z {
		fmt.Println(math.Signbit(k))
	}

	i := map[any]string{}
	i[1] = "int"
	i[int64(1)] = "int64"
	i["1"] = "string"
	i[1.0] = "float64"
	i[point{1, 2}] = "point"
	i[[2]int{1, 2}] = "array"
	i[nil] = "nil"
	i[true] = "bool"
	fmt.Println(len(i), i[1], i[int64(1)], i["1"], i[1.0], i[point{1, 2}], i[[2]int{1, 2}], i[nil], i[true])
	_, ok = i[int32(1)]
	fmt.Println(ok)
	delete(i, point{1, 2})
	fmt.Println(len(i))

	s := map[point][]string{}
	for x := 0; x < 100; x++ {
		p := point{x % 10, x / 10}
		s[p] = append(s[p], fmt.Sprint(x))
	}
	fmt.Println(len(s), s[point{3, 4}], s[point{9, 9}])

	a := map[[3]string]int{}
	a[[3]string{"a", "b", "c"}]++
	a[[3]string{"a", "b", "c"}]++
	a[[3]string{"a", "bc", ""}]++
	fmt.Println(a)
}
