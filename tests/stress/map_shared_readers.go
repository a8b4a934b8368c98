// run

package main

import (
	"fmt"
	"strconv"
	"sync"
)

// Goroutines read shared maps at once (allowed in Go: no writer), then write them under a
// sync.Mutex; no run may report a concurrent map access.
func main() {
	ints := map[int]int{}
	strs := map[string]int{}
	for i := 0; i < 2000; i++ {
		ints[i*7] = i
		strs["k"+strconv.Itoa(i)] = i
	}
	var wg sync.WaitGroup
	sums := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				for i := 0; i < 2000; i++ {
					if v, ok := ints[i*7]; ok {
						sums[g] += v
					}
					sums[g] += strs["k"+strconv.Itoa(i)]
				}
				for k, v := range ints {
					sums[g] += k - 7*v
				}
				sums[g] += len(strs)
			}
		}()
	}
	wg.Wait()
	fmt.Println(sums)

	var mu sync.Mutex
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				ints[g*100000+i] = i
				strs["g"+strconv.Itoa(g)] += i
				delete(ints, (g*1000+i)*7)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(ints), len(strs), strs["g3"])
}
