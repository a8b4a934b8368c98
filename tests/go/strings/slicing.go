// run

package main

import "fmt"

func main() {
	s := "Hello, World"
	fmt.Println(s[0:5], s[7:], s[:5], s[:], s[3:3] == "")
	fmt.Println(len(s[7:]))
	u := "héllo"
	fmt.Println(u[0:3], u[1:3], u[3:])
	fmt.Printf("%q\n", u[1:2])
	fmt.Println(s[len(s)-1:])
}
