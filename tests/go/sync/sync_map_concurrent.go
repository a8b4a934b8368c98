// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i, i*i)
		}()
	}
	wg.Wait()

	v, ok := m.Load(7)
	fmt.Println("Load(7):", v, ok)
	_, ok = m.Load(99)
	fmt.Println("Load(99):", ok)
	actual, loaded := m.LoadOrStore(7, -1)
	fmt.Println("LoadOrStore existing:", actual, loaded)
	actual, loaded = m.LoadOrStore(100, "new")
	fmt.Println("LoadOrStore new:", actual, loaded)
	m.Delete(100)
	val, loaded := m.LoadAndDelete(19)
	fmt.Println("LoadAndDelete:", val, loaded)
	prev, loaded := m.Swap(0, "zero")
	fmt.Println("Swap:", prev, loaded)

	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys) // Range order is unspecified
	fmt.Println(len(keys), keys)
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after Clear:", n)
}
