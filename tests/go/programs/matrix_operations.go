// run

package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Rows() int { return len(m) }
func (m Matrix) Cols() int {
	if len(m) == 0 {
		return 0
	}
	return len(m[0])
}

var ErrShape = errors.New("shape mismatch")

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.Cols() != o.Rows() {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.Rows(), m.Cols(), o.Rows(), o.Cols(), ErrShape)
	}
	res := New(m.Rows(), o.Cols())
	for i := range res {
		for j := range res[i] {
			for k := 0; k < m.Cols(); k++ {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res, nil
}

func (m Matrix) T() Matrix {
	t := New(m.Cols(), m.Rows())
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) Det() float64 {
	n := m.Rows()
	a := New(n, n)
	for i := range m {
		copy(a[i], m[i])
	}
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		if a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return det
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	i3 := Identity(3)
	p, _ := b.T().Mul(i3)
	fmt.Println(p)
	sq := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Printf("det=%.4f\n", sq.Det())
	fmt.Printf("det(I)=%v det(sing)=%v\n", i3.Det(), Matrix{{1, 2}, {2, 4}}.Det())
	fmt.Println(a)
	fmt.Printf("%v|%d\n", []float64(a[0]), len(a))
	var empty Matrix
	fmt.Println(empty.Rows(), empty.Cols(), empty == nil)
	// rotate a grid 90 degrees
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	n := len(grid)
	rot := make([][]int, n)
	for i := range rot {
		rot[i] = make([]int, n)
		for j := range rot[i] {
			rot[i][j] = grid[n-1-j][i]
		}
	}
	fmt.Println(rot)
}
