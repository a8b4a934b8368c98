// run

package main

import "fmt"

func main() {
	var e error
	fmt.Println(e == nil)
	_ = e.(fmt.Stringer)
}
