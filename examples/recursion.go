// Recursion: factorial, Fibonacci with memoization and the Towers of Hanoi.
package main

import "fmt"

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func fib(n int, memo map[int]int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1, memo) + fib(n-2, memo)
	return memo[n]
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Printf("move disk %d from %s to %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, moves)
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Printf("%d! = %d\n", i, factorial(i))
	}
	memo := map[int]int{}
	fmt.Println("fib(50) =", fib(50, memo))
	moves := 0
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println("hanoi(4) takes", moves, "moves")
}
