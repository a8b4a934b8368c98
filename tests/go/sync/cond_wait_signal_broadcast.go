// run

package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	sums := make(chan int)
	for c := 0; c < 3; c++ {
		go func() {
			s := 0
			for i := 0; i < 4; i++ {
				s += q.Get()
			}
			sums <- s
		}()
	}
	for i := 1; i <= 12; i++ {
		q.Put(i)
	}
	total := 0
	for c := 0; c < 3; c++ {
		total += <-sums
	}
	fmt.Println("consumed total:", total)

	// Broadcast wakes every waiter.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var waiting, woke sync.WaitGroup
	for i := 0; i < 4; i++ {
		waiting.Add(1)
		woke.Add(1)
		go func() {
			defer woke.Done()
			mu.Lock()
			waiting.Done()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
		}()
	}
	waiting.Wait()
	mu.Lock()
	ready = true
	mu.Unlock()
	cond.Broadcast()
	woke.Wait()
	fmt.Println("all 4 waiters woke after Broadcast")
}
