// run

package main

import "fmt"

func main() {
	var a int8 = 5
	var b int8
	defer fmt.Println("deferred runs")
	fmt.Println(a / b)
}
