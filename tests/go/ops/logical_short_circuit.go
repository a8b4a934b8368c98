// run

package main

import "fmt"

func t(name string) bool {
	fmt.Println("eval", name)
	return true
}

func f(name string) bool {
	fmt.Println("eval", name)
	return false
}

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("c") || t("d"))
	fmt.Println(t("e") && f("f") || t("g"))
	fmt.Println(!t("h"))
	var m map[string]int
	if m != nil && m["x"] > 0 {
		fmt.Println("unreachable")
	}
	fmt.Println("done")
}
