// run

package main

import "fmt"

func helper() interface{} { return recover() } // not called directly by a deferred function

func main() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("still panicking")
}
