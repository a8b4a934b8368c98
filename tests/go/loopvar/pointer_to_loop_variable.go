// run

package main

import "fmt"

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(ptrs[0] != ptrs[1])
	var vals []*string
	for _, s := range []string{"x", "y"} {
		vals = append(vals, &s)
	}
	fmt.Println(*vals[0], *vals[1])
}
