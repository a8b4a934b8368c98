// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("Do ran", calls, "time(s)")
	once.Do(func() { fmt.Println("never printed") })

	// Do blocks other callers until the first call returns.
	var initOnce sync.Once
	config := ""
	load := func() { config = "loaded" }
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); initOnce.Do(load); _ = config }()
	}
	wg.Wait()
	fmt.Println("config:", config)

	n := 0
	inc := sync.OnceFunc(func() { n++ })
	inc()
	inc()
	fmt.Println("OnceFunc:", n)

	square := sync.OnceValue(func() int { fmt.Println("computing"); return 7 * 7 })
	fmt.Println(square(), square())

	pair := sync.OnceValues(func() (string, error) { return "v", nil })
	v, err := pair()
	fmt.Println(v, err)

	// A panic in Do still counts as done.
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("first call panics") })
	}()
	p.Do(func() { fmt.Println("never printed either") })
	fmt.Println("end")
}
