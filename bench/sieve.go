// Sieve of Eratosthenes over a []bool of 10^7 entries, repeated 3 times; prints the prime count.
package main

import "fmt"

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return count
}

func main() {
	total := 0
	for r := 0; r < 3; r++ {
		total += sieve(10000000)
	}
	fmt.Println(total)
}
