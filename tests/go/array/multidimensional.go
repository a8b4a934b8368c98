// run

package main

import "fmt"

func main() {
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	m := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	var t [3][2]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = m[i][j]
		}
	}
	fmt.Println(m, t)
	fmt.Println(len(m), len(m[0]))
}
