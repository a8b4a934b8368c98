// run

package main

import (
	"fmt"
	"strconv"
	"strings"
)

// String keys are equal by content: the same text from different places (concatenation,
// conversion, slicing, a builder) finds the same entry.
func main() {
	m := map[string]int{}
	for i := 0; i < 5000; i++ {
		m["k"+strconv.Itoa(i)] = i
	}
	fmt.Println(len(m))
	hits := 0
	for i := 0; i < 5000; i++ {
		var sb strings.Builder
		sb.WriteString("k")
		sb.WriteString(strconv.Itoa(i))
		if v, ok := m[sb.String()]; ok && v == i {
			hits++
		}
	}
	fmt.Println("hits:", hits)

	long := "xxk42yy"
	fmt.Println(m[long[2:5]], m[string([]byte{'k', '4', '2'})])

	m[""] = -1
	var empty string
	fmt.Println(m[empty], len(m))

	// += through a different string object updates the one entry.
	for i := 0; i < 10; i++ {
		m[fmt.Sprintf("k%d", 7)] += 100
	}
	fmt.Println(m["k7"], len(m))

	// delete through a different object.
	delete(m, strings.ToLower("K7"))
	_, ok := m["k7"]
	fmt.Println(ok, len(m))

	// Keys that share a prefix, differ only in length, or hold zero bytes.
	p := map[string]int{"a": 1, "aa": 2, "aaa": 3, "a\x00": 4, "\x00": 5, "\x00\x00": 6}
	fmt.Println(p["a"], p["aa"], p["aaa"], p["a\x00"], p["\x00"], p["\x00\x00"], len(p))
	fmt.Println(p)
}
