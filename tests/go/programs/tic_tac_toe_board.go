// run

package main

import (
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = ' '
	X     Cell = 'X'
	O     Cell = 'O'
)

func (c Cell) String() string {
	if c == Empty {
		return "."
	}
	return string(rune(c))
}

type Board [3][3]Cell

func NewBoard() Board {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = Empty
		}
	}
	return b
}

func (b *Board) Play(r, c int, p Cell) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("square (%d,%d) is off the board", r, c)
	}
	if b[r][c] != Empty {
		return fmt.Errorf("square (%d,%d) already taken by %v", r, c, b[r][c])
	}
	b[r][c] = p
	return nil
}

func (b Board) Winner() (Cell, bool) {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != Empty && a == b2 && b2 == c {
			return a, true
		}
	}
	return Empty, false
}

func (b Board) Full() bool {
	for _, row := range b {
		for _, c := range row {
			if c == Empty {
				return false
			}
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for i, row := range b {
		if i > 0 {
			sb.WriteString("-+-+-\n")
		}
		for j, c := range row {
			if j > 0 {
				sb.WriteByte('|')
			}
			sb.WriteString(c.String())
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// minimax returns the score for player p to move (+1 win for X, -1 win for O).
func minimax(b Board, p Cell, nodes *int) int {
	*nodes++
	if w, ok := b.Winner(); ok {
		if w == X {
			return 1
		}
		return -1
	}
	if b.Full() {
		return 0
	}
	best := -2
	if p == O {
		best = 2
	}
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if b[r][c] != Empty {
				continue
			}
			nb := b // arrays copy
			nb[r][c] = p
			next := O
			if p == O {
				next = X
			}
			s := minimax(nb, next, nodes)
			if (p == X && s > best) || (p == O && s < best) {
				best = s
			}
		}
	}
	return best
}

func main() {
	b := NewBoard()
	moves := [][2]int{{1, 1}, {0, 0}, {0, 2}, {2, 0}, {1, 0}, {1, 2}, {0, 1}, {1, 1}, {2, 1}, {3, 3}, {2, 2}}
	player := X
	for _, m := range moves {
		if err := b.Play(m[0], m[1], player); err != nil {
			fmt.Println("error:", err)
			continue
		}
		if w, ok := b.Winner(); ok {
			fmt.Printf("%v wins!\n", w)
			break
		}
		if b.Full() {
			fmt.Println("draw")
			break
		}
		if player == X {
			player = O
		} else {
			player = X
		}
	}
	fmt.Print(b)
	fmt.Println(b[0], b[1][1], []Cell{X, O, Empty})
	fmt.Printf("%v %c %d\n", b[2], b[0][0], b[0][0])

	start := NewBoard()
	start.Play(0, 0, X)
	start.Play(1, 1, O)
	nodes := 0
	fmt.Println("minimax:", minimax(start, X, &nodes), "nodes:", nodes)
	c := start
	c[2][2] = O
	fmt.Println(start == c, start[2][2], c[2][2])
}
