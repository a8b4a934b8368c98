// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	f := 1234.5678
	fmt.Println(strconv.FormatFloat(f, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(f, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(f, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(f, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(f, 'g', 3, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(-0.0, 'g', -1, 64))
	v, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(v, err)
	v, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(v, err)
	v, err = strconv.ParseFloat("abc", 64)
	fmt.Println(v, err)
	v, err = strconv.ParseFloat("inf", 64)
	fmt.Println(v, err)
}
