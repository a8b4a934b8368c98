// run

package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	accounts := map[string]Account{"ann": {"ann", 100}}
	if acc, ok := accounts["ann"]; ok {
		acc.Balance -= 30
		fmt.Println("local:", acc.Balance, "stored:", accounts["ann"].Balance)
	}
	grid := map[int][3]int{1: {1, 2, 3}}
	row, _ := grid[1]
	row[0] = 100
	fmt.Println(grid, row)
	var acc2, found = accounts["ann"]
	acc2.Owner = "bob"
	fmt.Println(accounts, found)
}
