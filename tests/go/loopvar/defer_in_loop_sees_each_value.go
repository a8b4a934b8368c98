// run

package main

import "fmt"

func run() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred", i) }()
	}
	fmt.Println("loop done")
}

func main() {
	run()
	var out []func()
	for _, word := range []string{"one", "two"} {
		out = append(out, func() { fmt.Println(word) })
	}
	for _, f := range out {
		f()
	}
}
