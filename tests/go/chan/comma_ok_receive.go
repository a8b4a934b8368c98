// run

package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 10
	ch <- 0 // a real zero value
	close(ch)

	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok, "(a sent zero: ok is true)")
	v, ok = <-ch
	fmt.Println(v, ok, "(closed and empty)")
	_, ok = <-ch
	fmt.Println("again:", ok)

	strs := make(chan string)
	close(strs)
	s, ok := <-strs
	fmt.Printf("%q %v\n", s, ok)

	type point struct{ x, y int }
	pts := make(chan *point, 1)
	pts <- &point{1, 2}
	close(pts)
	if p, ok := <-pts; ok {
		fmt.Println("got point", *p)
	}
	if p, ok := <-pts; !ok {
		fmt.Println("closed: p is nil:", p == nil)
	}
}
