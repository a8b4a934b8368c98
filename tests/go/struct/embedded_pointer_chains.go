// run

package main

import "fmt"

type Base struct{ N int }

func (b *Base) Inc()     { b.N++ }
func (b Base) Get() int  { return b.N }

type Mid struct {
	Pad int
	Base
}

type Top struct {
	X int
	*Mid
}

type Top2 struct {
	Top
}

type Incer interface{ Inc() }

func main() {
	m := &Mid{Pad: 7}
	t := Top{1, m}
	t.N = 5
	t.N++
	t.N += 10
	p := &t.N
	*p *= 2
	fmt.Println(m.N, t.Get(), t.Mid.Base.N)
	t2 := Top2{t}
	t2.N = 1
	t2.Inc()
	fmt.Println(m.N)
	var i Incer = t
	i.Inc()
	fmt.Println(m.N)
	i = &t2
	i.Inc()
	fmt.Println(m.N)
	g := t2.Get
	t2.Inc()
	fmt.Println(g(), m.N)
	inc := (*Base).Inc
	inc(&t2.Base)
	fmt.Println(m.N, m.Pad)
}
