// run

// Goroutines blocking beneath a native callback (fmt calling String(), sort.Slice calling
// less) keep their coroutine and resume on any worker.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Slow struct{ ch chan string }

func (s Slow) String() string { return <-s.ch }

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	lines := []string{}
	for i := 0; i < 50; i++ {
		s := Slow{make(chan string)}
		wg.Add(2)
		go func() {
			defer wg.Done()
			str := fmt.Sprint(s) // blocks inside fmt's call of String()
			mu.Lock()
			lines = append(lines, str)
			mu.Unlock()
		}()
		go func(i int) {
			defer wg.Done()
			s.ch <- fmt.Sprintf("value %02d", i)
		}(i)
	}
	wg.Wait()
	sort.Strings(lines)
	fmt.Println(len(lines), lines[0], lines[49])
	// sort.Slice's less function locks a mutex held by another goroutine for a while.
	xs := []int{5, 3, 9, 1}
	var m sync.Mutex
	m.Lock()
	go func() { m.Unlock() }()
	sort.Slice(xs, func(a, b int) bool { m.Lock(); defer m.Unlock(); return xs[a] < xs[b] })
	fmt.Println(xs)
}
