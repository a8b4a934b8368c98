// run

package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	pts := []Point{{1, 2}, {X: 3}, {}}
	pps := []*Point{{1, 1}, {Y: 2}}
	lines := [...]Line{{Point{0, 0}, Point{1, 1}}, {A: Point{2, 2}}}
	m := map[Point][]Point{{0, 0}: {{1, 1}, {2, 2}}}
	mp := map[string]*Point{"o": {}}
	grid := [][]int{{1, 2}, {3}, {}}
	arr := [2][3]string{{"a"}, {1: "b"}}
	idx := []string{5: "five", 2: "two", "three"}
	fmt.Println(pts, *pps[0], *pps[1], lines, len(lines))
	fmt.Println(m, *mp["o"], grid, arr)
	fmt.Println(len(idx), idx)
	fmt.Printf("%q\n", idx)
	anon := []struct {
		N string
		V int
	}{{"a", 1}, {N: "b"}}
	fmt.Printf("%v %+v\n", anon, anon)
	mm := map[string]map[string]int{"x": {"y": 1}}
	fmt.Println(mm)
	ptrArr := [...]*[2]int{{1, 2}, {3, 4}}
	fmt.Println(*ptrArr[1], len(ptrArr))
	byteArr := [...]byte{'a', 5: 'b'}
	fmt.Println(byteArr, len(byteArr))
}
