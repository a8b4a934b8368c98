// run

package main

import "fmt"

type Incrementer interface{ Inc() }

type Counter struct{ N int }

func (c *Counter) Inc() { c.N++ }

func bump(i Incrementer, times int) {
	for range times {
		i.Inc()
	}
}

func main() {
	c := &Counter{}
	bump(c, 3)
	fmt.Println(c.N)
	var i Incrementer = c
	i.Inc()
	fmt.Println(c.N, i.(*Counter).N)
	v := Counter{10}
	var j interface{} = v // holds a copy
	v.N = 20
	fmt.Println(j.(Counter).N, v.N)
}
