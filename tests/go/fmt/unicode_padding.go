// run

package main

import "fmt"

func main() {
	for _, s := range []string{"a", "é", "日本", "😀"} {
		fmt.Printf("[%4s] [%-4s] [%q]\n", s, s, s)
	}
	fmt.Printf("[%3c] [%-3c]\n", '世', '世')
	fmt.Printf("%U %#U %c\n", '⌘', 'é', 0x1F600)
	fmt.Printf("%q %+q %q\n", '\'', '日', '\x00')
	fmt.Printf("%q\n", "\a\b\f\v\r")
}
