package main

func f() (int, int) { return 1, 2 }
func g(a string, b int) {}

func main() {
	var s string
	var i int
	s, i = f()
	g(f())
	var m map[string]int
	s, ok := m["a"]
	_, _, _ = s, i, ok
	var x interface{}
	var n string = x.(int)
	var c chan int
	var cc string = <-c
	_, _ = n, cc
}
