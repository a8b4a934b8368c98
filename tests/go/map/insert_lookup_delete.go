// run

package main

import "fmt"

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"] = 26
	fmt.Println(len(ages), ages["bob"], ages["nobody"])
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages)
	m := make(map[int][]string)
	m[1] = append(m[1], "a")
	m[1] = append(m[1], "b")
	m[2] = append(m[2], "c")
	fmt.Println(m)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'], len(counts))
}
