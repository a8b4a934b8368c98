// run

package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	var m map[int]int
	m[1] = 2
}
