// Map with int keys: 10^6 inserts, then 4 x 10^6 lookups (half of them misses), then 10^6
// overwrites. Prints a checksum of the values found.
package main

import "fmt"

func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	sum := 0
	for r := 0; r < 4; r++ {
		for i := 0; i < n; i++ {
			if v, ok := m[i*7+r]; ok {
				sum += v
			} else {
				sum++
			}
		}
	}
	for i := 0; i < n; i++ {
		m[i*7] += i
	}
	for i := 0; i < n; i += 1000 {
		sum += m[i*7]
	}
	fmt.Println(len(m), sum)
}
