// run

package main

import "fmt"

func cleanup(names []string) {
	for _, n := range names {
		defer func(s string) { fmt.Println("close", s) }(n)
	}
	fmt.Println("opened", len(names))
}

func main() {
	cleanup([]string{"a", "b", "c"})
	total := 0
	func() {
		for i := 1; i <= 3; i++ {
			defer func() { total += i }()
		}
	}()
	fmt.Println(total)
}
