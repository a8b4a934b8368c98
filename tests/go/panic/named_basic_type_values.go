// run

package main

type Reason string
type Code int

func main() {
	defer func() {
		r := recover()
		println("recovered a", r.(Code))
		panic(Reason("disk full"))
	}()
	panic(Code(7))
}
