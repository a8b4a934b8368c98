// run

// A package-level constant whose initialiser names a constant declared later in the file
// (found by scripts/difftest.py; gorun printed 97 0: the later constant read as 0).

package main

import "fmt"

const earlier = later*2 + 'a'

const later int = 481

const small = big >> 109

const big = 1 << 117

func main() {
	fmt.Println(earlier, small)
}
