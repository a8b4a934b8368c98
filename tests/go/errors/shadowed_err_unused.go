// errorcheck

package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n > 10 {
		n, err := strconv.Atoi(s + "0") // ERROR "declared and not used: err"
		return n, nil
	}
	return n, nil
}

func main() {
	x, err := parse("5")
	if x > 0 {
		x, err := parse("7") // ERROR "declared and not used: err"
		fmt.Println(x)
	}
	fmt.Println(x, err)
}
