// run

package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() { c.n++ }
func (c C) Get() int { return c.n }

type Inner struct {
	Arr [3]C
	S   []C
	P   *C
}

type Outer struct {
	In  Inner
	PIn *Inner
	M   map[string]*C
}

var calls int

func idx() int {
	calls++
	return 1
}

func main() {
	o := &Outer{PIn: &Inner{S: make([]C, 2), P: &C{}}, M: map[string]*C{"k": {}}}
	o.In.S = make([]C, 3)
	o.In.P = &C{10}
	o.In.Arr[1].Inc()
	o.In.Arr[1].n += 5
	o.In.S[2].Inc()
	o.In.P.Inc()
	o.PIn.S[1].Inc()
	o.PIn.Arr[0].Inc()
	o.PIn.P.n *= 3
	o.M["k"].Inc()
	fmt.Println(o.In.Arr, o.In.S, o.In.P.n, o.PIn.S, o.PIn.Arr, o.PIn.P.n, o.M["k"].n)

	pa := &o.In.Arr
	pa[2].Inc()
	(*pa)[2].Inc()
	pc := &o.PIn.Arr[2]
	pc.Inc()
	fmt.Println(o.In.Arr[2].n, o.PIn.Arr[2].n)

	f := o.In.Arr[0].Inc
	f()
	f()
	g := o.In.Arr[0].Get
	o.In.Arr[0].Inc()
	fmt.Println(o.In.Arr[0].n, g())

	arr := []int{0, 0, 0}
	arr[idx()] += 10
	arr[idx()]++
	fmt.Println(arr, calls)

	pp := &o
	(*pp).In.Arr[0].n = 100
	(**pp).PIn.S[0].n = 200
	fmt.Println(o.In.Arr[0].n, o.PIn.S[0].n)

	grid := [2][2]C{}
	grid[1][1].Inc()
	row := &grid[0]
	row[1].Inc()
	row[1].Inc()
	fmt.Println(grid)

	type Wrapper struct{ Cs [2]*C }
	w := Wrapper{[2]*C{{1}, {2}}}
	w2 := w
	w2.Cs[0].Inc()
	fmt.Println(w.Cs[0].n, w2.Cs[0].n)

	structs := []struct{ c C }{{}, {}}
	for i := range structs {
		structs[i].c.Inc()
	}
	for _, s := range structs {
		s.c.Inc()
	}
	fmt.Println(structs)
	ptrs := []*C{{1}, {2}}
	for _, p := range ptrs {
		p.Inc()
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	ms := map[string][]C{"a": make([]C, 1)}
	ms["a"][0].Inc()
	fmt.Println(ms)
	ma := map[string]*[2]int{"x": {}}
	ma["x"][1] = 7
	fmt.Println(*ma["x"])
}
