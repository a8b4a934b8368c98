// run

package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	grid[2] = append(grid[2], 99)
	fmt.Println(len(grid[2]), grid[2])
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	for i, row := range jag {
		fmt.Println(i, len(row), row)
	}
	rows := [][]int{{1, 2}, {3, 4}}
	alias := rows[0]
	alias[1] = 20
	fmt.Println(rows)
}
