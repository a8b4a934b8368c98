// run

package main

import "fmt"

func main() {
	fmt.Println(2+3*4, (2+3)*4, 2*3+4*5)
	fmt.Println(1<<2+1, 1<<(2+1), 6&3|8, 6^3&1)
	fmt.Println(10-2-3, 100/10*2, 7%4*2)
	fmt.Println(1 < 2 == true, !false && false || true)
	fmt.Println(-2*-3, ^1+1, -5%3)
	a := 5
	p := &a
	fmt.Println(*p*2, -*p)
}
