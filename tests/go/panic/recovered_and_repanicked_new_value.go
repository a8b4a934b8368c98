// run

package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("cleanup failed after: ", r))
	}()
	panic("original problem")
}
