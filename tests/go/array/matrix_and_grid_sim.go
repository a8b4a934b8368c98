// run

package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	res := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				res[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return res
}

func (a Matrix) T() Matrix {
	res := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			res[j][i] = v
		}
	}
	return res
}

const N = 6

type Board [N][N]bool

func (b Board) Step() Board {
	var nb Board
	for y := 0; y < N; y++ {
		for x := 0; x < N; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && b[(y+dy+N)%N][(x+dx+N)%N] {
						n++
					}
				}
			}
			nb[y][x] = n == 3 || (n == 2 && b[y][x])
		}
	}
	return nb
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func main() {
	a := Matrix{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(a.Mul(a.T()))
	fmt.Println(a.T().Mul(a))
	var b Board
	b[1][2], b[2][3], b[3][1], b[3][2], b[3][3] = true, true, true, true, true
	for i := 0; i < 4; i++ {
		fmt.Print(b, "\n")
		b = b.Step()
	}
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	g2 := grid
	g2[2][3] = -1
	fmt.Println(grid, g2, len(grid[0]))
	rows := grid[1:]
	rows[0][0] = 42
	fmt.Println(grid[1])
}
