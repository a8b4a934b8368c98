// run

package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "HIGH"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Tag struct{ Name string }

func (t *Tag) String() string { return "#" + t.Name }

type Reading struct {
	Sensor string
	Temp   Celsius
	Prio   Priority
	Tags   []*Tag
	Extra  map[string]Celsius
}

type Station struct {
	ID       int
	Readings []Reading
	Latest   *Reading
	Meta     any
}

type Money struct {
	Cents int64
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Ledger map[string][]Money

func (l Ledger) String() string {
	var sb strings.Builder
	sb.WriteString("Ledger{")
	first := true
	for _, k := range []string{"alice", "bob", "carol"} {
		v, ok := l[k]
		if !ok {
			continue
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		fmt.Fprintf(&sb, "%s: %v", k, v)
	}
	sb.WriteString("}")
	return sb.String()
}

func main() {
	r := Reading{"north", 21.456, High, []*Tag{{"roof"}, {"outdoor"}}, map[string]Celsius{"max": 30, "min": -4.25}}
	fmt.Println(r)
	fmt.Printf("%v\n%+v\n", r, r)
	st := Station{ID: 7, Readings: []Reading{r, {Sensor: "south", Prio: 9}}, Latest: &r, Meta: Medium}
	fmt.Printf("%v\n", st.Readings)
	fmt.Println(st.Meta, st.ID, st.Latest.Temp, st.Latest.Tags)
	fmt.Printf("%d %s %q %x\n", High, High, High, High)
	fmt.Printf("%v %.2f %6.1f|%s\n", Celsius(-3), Celsius(2.555), Celsius(9), Celsius(100))
	fmt.Println([]Priority{Low, 0, High}, map[Priority]Celsius{High: 1, Low: 2})
	fmt.Println([2]any{Low, Celsius(5)}, struct {
		P Priority
		C *Celsius
	}{Medium, nil})
	l := Ledger{"bob": {{150}, {-5}}, "alice": {{100000}}, "zed": nil}
	fmt.Println(l)
	fmt.Printf("%v|%s|%d\n", l["bob"], l["alice"], l["bob"])
	m := map[string]Money{"a": {1}, "b": {-199}}
	fmt.Println(m)
	var tp *Tag
	fmt.Printf("[%v] [%s]\n", []*Tag{{"x"}}, []any{&Tag{"y"}, Tag{"z"}})
	_ = tp
}
