// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var hits atomic.Int64
	var small atomic.Int32
	var big atomic.Uint64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				hits.Add(1)
				small.Add(2)
				big.Add(3)
			}
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), small.Load(), big.Load())

	fmt.Println("Swap:", hits.Swap(5), hits.Load())
	fmt.Println("CompareAndSwap:", hits.CompareAndSwap(4, 0), hits.CompareAndSwap(5, 6), hits.Load())
	hits.Store(-1)
	fmt.Println("Store:", hits.Load())

	var u32 atomic.Uint32
	u32.Store(10)
	fmt.Println("Uint32 Or/And:", u32.Or(5), u32.And(3), u32.Load())

	var flag atomic.Bool
	fmt.Println("Bool zero:", flag.Load())
	fmt.Println("Swap(true) old:", flag.Swap(true), "now:", flag.Load())
	fmt.Println("CAS(false,true):", flag.CompareAndSwap(false, true))
	flag.Store(false)
	fmt.Println("Store(false):", flag.Load())

	var v atomic.Value
	fmt.Println("Value empty:", v.Load())
	v.Store(config{"a", 1})
	fmt.Printf("Value: %+v\n", v.Load().(config))
	old := v.Swap(config{"b", 2})
	fmt.Printf("Swap old %+v new %+v\n", old, v.Load())
	fmt.Println("Value CAS:", v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())

	var ptr atomic.Pointer[config]
	fmt.Println("Pointer nil:", ptr.Load() == nil)
	c1 := &config{"p", 1}
	ptr.Store(c1)
	c2 := &config{"q", 2}
	fmt.Println("Pointer CAS:", ptr.CompareAndSwap(c1, c2), ptr.Load().name)
}
