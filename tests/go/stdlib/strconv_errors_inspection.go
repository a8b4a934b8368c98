// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.Atoi("12ab")
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("%s %q %v\n", ne.Func, ne.Num, ne.Err)
	}
	n, err := strconv.ParseInt("127", 10, 8)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(n, err)
}
