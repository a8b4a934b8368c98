// run

package main

import "fmt"

var table = []int{1, 2, 3}

func init() {
	fmt.Println("init starts")
	idx := len(table)
	fmt.Println(table[idx])
}

func main() {
	fmt.Println("main never runs")
}
