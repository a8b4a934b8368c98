// run

package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Hello()     { fmt.Println("hello from", g.name) }
func (g *Greeter) PtrHello() { fmt.Println("ptr hello from", g.name) }

func main() {
	g := Greeter{"first"}
	defer g.Hello()    // receiver copied now
	defer g.PtrHello() // pointer taken now, sees later changes
	g.name = "second"
	fmt.Println("main done")
}
