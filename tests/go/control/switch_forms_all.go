// run

package main

import "fmt"

func f(s string) int {
	fmt.Print("f(", s, ") ")
	return len(s)
}

func classify(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	case x < 10:
		fallthrough
	case x < 100:
		return "small"
	default:
		return "big"
	}
}

func main() {
	for _, x := range []int{-5, 0, 5, 50, 500} {
		fmt.Print(classify(x), " ")
	}
	fmt.Println()

	switch x := f("abc"); x {
	case f("a"), f("ab"):
		fmt.Println("short")
	case f("abc"), f("abcd"):
		fmt.Println("three")
	default:
		fmt.Println("default")
	}

	switch x := 5; {
	case x > 3:
		fmt.Println("gt3")
		fallthrough
	case x > 100:
		fmt.Println("fell into gt100")
		fallthrough
	default:
		fmt.Println("fell into default")
	case x < 0:
		fmt.Println("never")
	}

	switch {
	default:
		fmt.Println("default first but evaluated last")
	case f("zz") == 2:
		fmt.Println("case matched")
	}

	var r rune = 'e'
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("concat works")
	}
	type T int
	switch T(3) {
	case 1, 2:
	case 3:
		fmt.Println("three T")
	}
	var iface interface{} = 3
	switch iface {
	case "3":
		fmt.Println("string")
	case 3.0:
		fmt.Println("float")
	case 3:
		fmt.Println("int 3")
	}
	switch {
	}
	switch x := 1; x {
	}
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			continue
		case 4:
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
}
