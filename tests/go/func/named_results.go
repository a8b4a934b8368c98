// run

package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, ok bool) { return }

func shadow() (result int) {
	result = 1
	{
		result := 2 // a new variable: the named result stays 1
		_ = result
	}
	return
}

func explicit() (a int) {
	a = 5
	return 10 // overrides a
}

func main() {
	fmt.Println(split(17))
	fmt.Println(zero())
	fmt.Println(shadow(), explicit())
}
