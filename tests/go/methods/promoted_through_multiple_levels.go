// run

package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Middle struct{ Base }
type Top struct {
	Middle
	Label string
}

type Describer interface{ Describe() string }

func main() {
	t := Top{Label: "top"}
	t.SetID(7)
	fmt.Println(t.Describe(), t.ID, t.Middle.Base.ID)
	var d Describer = t
	fmt.Println(d.Describe())
	pt := &t
	pt.SetID(9)
	fmt.Println(pt.Describe())
}
