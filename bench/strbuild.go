// String building: 20 rounds of writing 100,000 numbers and separators into a strings.Builder
// (about 600 KB per round). Prints the total length and the count of '7' bytes.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func build(round int) string {
	var b strings.Builder
	for i := 0; i < 100000; i++ {
		b.WriteString(strconv.Itoa(i * round))
		if i%10 == 9 {
			b.WriteByte('\n')
		} else {
			b.WriteString(", ")
		}
	}
	return b.String()
}

func main() {
	length, sevens := 0, 0
	for round := 1; round <= 20; round++ {
		s := build(round)
		length += len(s)
		sevens += strings.Count(s, "7")
	}
	fmt.Println(length, sevens)
}
