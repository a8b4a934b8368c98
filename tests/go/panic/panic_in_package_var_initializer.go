// run

package main

import "fmt"

var m map[string]int

var v = set()

func set() int {
	m["a"] = 1
	return 1
}

func main() {
	fmt.Println(v)
}
