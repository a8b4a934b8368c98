// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := strconv.Itoa(-1234)
	fmt.Println(s, len(s))
	for _, in := range []string{"42", "-7", "+5", "x", "", "3.0", " 1", "99999999999999999999"} {
		n, err := strconv.Atoi(in)
		fmt.Println(n, err)
	}
	_, err := strconv.Atoi("oops")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println("n=" + strconv.Itoa(7))
}
