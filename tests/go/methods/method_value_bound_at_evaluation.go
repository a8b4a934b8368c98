// run

package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c *Counter) PGet() int { return c.n }

type Getter interface{ Get() int }

func main() {
	c := Counter{n: 1}
	g := c.Get // copies c now
	pg := c.PGet // binds &c
	inc := c.Inc
	c.n = 5
	inc()
	fmt.Println(g(), pg(), c.n)

	var gi Getter = c
	f := gi.Get
	c.n = 100
	fmt.Println(f(), gi.Get())

	p := &Counter{n: 7}
	h := p.Get // copies *p now
	p.n = 8
	fmt.Println(h(), p.Get())

	fe := Counter.Get
	fp := (*Counter).Inc
	fp(&c)
	fmt.Println(fe(c))

	defer fmt.Println("deferred value", c.Get())
	d := c
	defer d.Inc()
	defer func() { fmt.Println("d.n in defer", d.n) }()
	c.n = 0
	fmt.Printf("%T %T %T\n", g, fe, fp)
}
