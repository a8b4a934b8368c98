// run

package main

import "fmt"

const third = 1.0 / 3.0
const exactOne = third * 3
const thousand = 1e3

func main() {
	fmt.Println(exactOne == 1)
	var i int = thousand
	fmt.Println(i)
	fmt.Println(third)
	var f32 float32 = third
	fmt.Println(f32)
	const ratio = 22.0 / 7
	fmt.Println(ratio)
	fmt.Println(3 / 2, 3.0 / 2, 3 / 2.0)
	const big = 1e100
	fmt.Println(big / 1e98)
	fmt.Printf("%T %T\n", thousand, 'a'*2.0)
}
