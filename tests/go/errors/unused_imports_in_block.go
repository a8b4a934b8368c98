// errorcheck

package main

import (
	"fmt"
	"math"    // ERROR "\"math\" imported and not used"
	"sort"
	"strings" // ERROR "\"strings\" imported and not used"
	str "strconv" // ERROR "\"strconv\" imported as str and not used"
)

func main() {
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	fmt.Println(xs)
}
