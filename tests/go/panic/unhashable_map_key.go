// run

package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	fmt.Println(m)
	var k interface{} = []int{1}
	m[k] = 2
}
