// run

package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc(by int, done chan<- bool) {
	c.n += by
	done <- true
}

func (c Counter) Report(out chan<- string) {
	out <- fmt.Sprintf("%s=%d", c.name, c.n)
}

type Reporter interface {
	Report(out chan<- string)
}

func main() {
	c := &Counter{name: "hits"}
	done := make(chan bool)
	go c.Inc(5, done)
	<-done
	go c.Inc(2, done)
	<-done
	fmt.Println("after pointer-receiver goroutines:", c.n)

	out := make(chan string)
	go c.Report(out) // value receiver through a pointer
	fmt.Println(<-out)

	var r Reporter = Counter{name: "iface", n: 9}
	go r.Report(out) // method call through an interface
	fmt.Println(<-out)
}
