// run

package main

import "fmt"

const (
	Width  = 8
	Height = Width / 2
	Area   = Width * Height
	Mask   = ^0
	Umask  = ^uint8(0)
	Shift  = 1 << Width
	Name   = "grid"
	IsBig  = Area > 30
)

func main() {
	var grid [Height][Width]int
	fmt.Println(len(grid), len(grid[0]), Area)
	fmt.Println(Mask, Umask, Shift, Name, IsBig)
	fmt.Println(len(Name) * 2)
}
