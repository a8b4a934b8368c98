// run

package main

import "fmt"

func inner() {
	defer fmt.Println("inner deferred")
	panic("boom")
}

func middle() {
	defer fmt.Println("middle deferred")
	inner()
	fmt.Println("not reached")
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered:", r)
		}
	}()
	middle()
}
