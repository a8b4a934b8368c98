// run

package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	default:
		return "consonant"
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for _, c := range []byte("go on") {
		fmt.Println(string(c), kind(c))
	}
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Println(s, grade(s))
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	case 5:
		fmt.Println("five")
	}
	switch {
	}
	switch s := "b"; s {
	case "a":
	case "b":
		fmt.Println("b matched, no implicit fallthrough")
	case "c":
		fmt.Println("not printed")
	}
}
