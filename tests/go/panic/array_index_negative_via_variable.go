// run

package main

import "fmt"

func main() {
	var arr [4]int
	i := -1
	defer fmt.Println("deferred print runs before the trace")
	arr[i] = 1
}
