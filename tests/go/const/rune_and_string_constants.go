// run

package main

import "fmt"

const Letter = 'A'
const Word = "go" + "pher"

func main() {
	fmt.Println(Letter, Letter+1, string(rune(Letter+2)))
	fmt.Printf("%c %T\n", Letter, Letter)
	fmt.Println(Word, len(Word))
	const n = len(Word)
	var arr [n]int
	fmt.Println(len(arr))
	var r rune = 'é'
	var b byte = 'z'
	fmt.Println(r, b)
	fmt.Println('a' < 'b', "abc" < "abd")
}
