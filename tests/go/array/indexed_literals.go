// run

package main

import "fmt"

const (
	Red = iota
	Green
	Blue
)

func main() {
	a := [...]int{5: 1, 2, 0: 7}
	fmt.Println(a, len(a))
	names := [...]string{Blue: "blue", Red: "red", Green: "green"}
	fmt.Println(names)
	s := []string{3: "d", 1: "b"}
	fmt.Printf("%q %d\n", s, len(s))
	var vowels = [128]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true}
	count := 0
	for _, c := range "education" {
		if vowels[c] {
			count++
		}
	}
	fmt.Println(count)
}
