// run

package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()         { c.n++ }
func (c *Counter) Add(d int)    { c.n += d }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

func main() {
	c := Counter{name: "hits"}
	c.Inc() // (&c).Inc()
	c.Add(5)
	fmt.Println(c.String(), c.n)
	p := &c
	p.Inc()
	fmt.Println(c)
	cs := []Counter{{name: "a"}, {name: "b"}}
	cs[1].Inc() // slice elements are addressable
	for i := range cs {
		cs[i].Add(10)
	}
	fmt.Println(cs)
	m := map[string]*Counter{"x": {name: "x"}}
	m["x"].Inc()
	fmt.Println(*m["x"])
}
