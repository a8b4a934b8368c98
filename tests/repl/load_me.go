package main

import "fmt"

func triple(n int) int { return 3 * n }

func main() {
	fmt.Println("loaded:", triple(1))
}
