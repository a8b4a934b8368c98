// run

package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func swap(a, b string) (string, string) { return b, a }

func pass() (int, int) { return divmod(17, 5) }

func show(q, r int) { fmt.Println("q =", q, "r =", r) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	fmt.Println(safeDiv(9, 3))
	fmt.Println(swap("a", "b"))
	show(pass())
	_, r2 := divmod(10, 3)
	fmt.Println(r2)
}
