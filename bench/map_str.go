// Map with string keys: 300,000 distinct keys built with strconv, 10^6 inserts/updates, then
// 2 x 10^6 lookups (a quarter of them misses). Prints the map size and a checksum.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 300000
	keys := make([]string, n)
	for i := 0; i < n; i++ {
		keys[i] = "key" + strconv.Itoa(i*31)
	}
	m := make(map[string]int)
	for i := 0; i < 1000000; i++ {
		m[keys[i%n]] += i
	}
	misses := []string{"key1", "key2", "nokey", "key-7"}
	sum := 0
	for i := 0; i < 2000000; i++ {
		k := keys[(i*7)%n]
		if i%4 == 3 {
			k = misses[(i/4)%4]
		}
		if v, ok := m[k]; ok {
			sum += v % 1000
		} else {
			sum += 3
		}
	}
	fmt.Println(len(m), sum)
}
