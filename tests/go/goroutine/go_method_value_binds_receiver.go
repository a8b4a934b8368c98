// run

package main

import "fmt"

type Box struct{ v int }

func (b Box) Show(out chan<- string)   { out <- fmt.Sprint("value receiver sees ", b.v) }
func (b *Box) ShowP(out chan<- string) { out <- fmt.Sprint("pointer receiver sees ", b.v) }

func main() {
	out := make(chan string)
	b := Box{v: 1}

	show := b.Show   // copies b now (v=1)
	showP := b.ShowP // binds &b
	b.v = 2

	go show(out)
	fmt.Println(<-out)
	go showP(out)
	fmt.Println(<-out)

	// A method expression called in a go statement.
	go Box.Show(Box{v: 7}, out)
	fmt.Println(<-out)
	go (*Box).ShowP(&Box{v: 8}, out)
	fmt.Println(<-out)
}
