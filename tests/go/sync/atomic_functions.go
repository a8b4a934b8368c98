// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("AddInt64 from 8 goroutines:", atomic.LoadInt64(&n))

	var i32 int32 = 5
	fmt.Println("AddInt32:", atomic.AddInt32(&i32, -7))
	fmt.Println("SwapInt32 old:", atomic.SwapInt32(&i32, 40), "new:", atomic.LoadInt32(&i32))
	fmt.Println("CAS wrong old:", atomic.CompareAndSwapInt32(&i32, 1, 2), i32)
	fmt.Println("CAS right old:", atomic.CompareAndSwapInt32(&i32, 40, 41), i32)

	var u32 uint32
	atomic.StoreUint32(&u32, 7)
	fmt.Println("StoreUint32/LoadUint32:", atomic.LoadUint32(&u32))
	var u64 uint64 = 10
	atomic.AddUint64(&u64, ^uint64(0)) // subtract one
	fmt.Println("AddUint64 with ^0:", u64)
	var up uintptr
	atomic.AddUintptr(&up, 3)
	fmt.Println("uintptr:", atomic.LoadUintptr(&up))

	var flags int32 = 0b1100
	old := atomic.OrInt32(&flags, 0b0011)
	fmt.Printf("OrInt32 old=%04b new=%04b\n", old, flags)
	old = atomic.AndInt32(&flags, 0b0110)
	fmt.Printf("AndInt32 old=%04b new=%04b\n", old, flags)

	// A spin lock built from CompareAndSwap.
	var lock int32
	counter := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
				}
				counter++
				atomic.StoreInt32(&lock, 0)
			}
		}()
	}
	wg.Wait()
	fmt.Println("spin-locked counter:", counter)
}
