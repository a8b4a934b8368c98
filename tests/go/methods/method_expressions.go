// run

package main

import "fmt"

type Num int

func (n Num) Double() Num     { return n * 2 }
func (n *Num) Incr()          { *n++ }
func (n Num) Plus(m Num) Num  { return n + m }

func main() {
	d := Num.Double
	fmt.Println(d(21))
	plus := Num.Plus
	fmt.Println(plus(1, 2))
	incr := (*Num).Incr
	x := Num(5)
	incr(&x)
	fmt.Println(x)
	pd := (*Num).Double
	fmt.Println(pd(&x))
	fmt.Printf("%T\n", d)
	fmt.Printf("%T\n", incr)
}
