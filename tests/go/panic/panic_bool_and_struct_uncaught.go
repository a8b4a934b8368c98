// run

package main

type pt struct{ x, y int }

func main() {
	defer func() {
		recover()
		panic(pt{1, 2})
	}()
	panic(true)
}
