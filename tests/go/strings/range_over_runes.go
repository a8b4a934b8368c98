// run

package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	for i, r := range "a\xffb" {
		fmt.Println(i, r, r == '\uFFFD')
	}
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count)
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
