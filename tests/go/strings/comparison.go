// run

package main

import (
	"fmt"
	"sort"
)

func main() {
	fmt.Println("a" == "a", "a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a")
	fmt.Println("é" > "z", "" == "", "x" >= "x")
	words := []string{"pear", "Apple", "banana", "apple", "Banana"}
	sort.Strings(words)
	fmt.Println(words)
	s1 := "hello"
	s2 := "hel" + "lo"
	fmt.Println(s1 == s2)
}
