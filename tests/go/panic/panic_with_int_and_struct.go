// run

package main

type P struct {
	X int
	S string
}

func main() {
	defer func() {
		panic(P{1, "two"})
	}()
	panic(3.5)
}
