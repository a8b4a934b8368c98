// run

package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string  { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) SetName(n string) { b.Name = n }
func (b Base) Hello() string     { return "hello from base " + b.Name }

type Mid struct {
	Base
	Name string
}

func (m Mid) Describe() string { return "Mid:" + m.Base.Describe() + "/" + m.Name }

type Top struct {
	*Mid
	ID int
}

type Describer interface{ Describe() string }

func main() {
	m := Mid{Base{1, "inner"}, "outer"}
	fmt.Println(m.Name, m.Base.Name, m.ID)
	fmt.Println(m.Describe())
	fmt.Println(m.Hello())
	m.SetName("changed")
	fmt.Println(m.Name, m.Base.Name)

	t := Top{&m, 99}
	fmt.Println(t.ID, t.Mid.ID, t.Name, t.Base.Name)
	var d Describer = t
	fmt.Println(d.Describe())
	d = m.Base
	fmt.Println(d.Describe())
	fmt.Printf("%+v\n", m)
	fmt.Printf("%v\n", t.Mid.Base)
}
