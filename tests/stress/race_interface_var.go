// run

package main

// Deliberately racy (no synchronization on the shared variables): one goroutine stores values
// of different dynamic types (int, string, bool, struct, pointer to struct) in a shared interface{}
// and shapes of different sizes in a shared interface with a method, while other goroutines
// type-switch on a local copy and call the method. Only "done" is printed (the values read are
// not deterministic); the racing reads must never crash the VM, even if a reader sees a type
// and a value from different writes. (The writer never stores nil: real Go itself crashes when
// a reader sees a non-nil type with a nil data word from a racing nil store.)

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

type point struct{ x, y int }

type shape interface{ area() int }

type square struct{ s int }

type rect struct{ w, h int }

func (q square) area() int { return q.s * q.s }
func (r rect) area() int   { return r.w * r.h }

var shared interface{} = 0
var sharedShape shape = square{1}

var sinks [8]int

// readersLeft counts the readers still reading: the writer keeps writing until they are done.
var readersLeft int32 = 4

func writer(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n || atomic.LoadInt32(&readersLeft) > 0; i++ {
		switch i % 5 {
		case 0:
			shared = i
		case 1:
			shared = "s" + strconv.Itoa(i)
		case 2:
			shared = point{i, -i}
		case 3:
			shared = &point{i, i}
		case 4:
			shared = i%3 == 0
		}
		if i%2 == 0 {
			sharedShape = square{i % 100}
		} else {
			sharedShape = rect{i % 10, 3}
		}
	}
}

func reader(id, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer atomic.AddInt32(&readersLeft, -1)
	sum := 0
	for i := 0; i < n; i++ {
		switch v := shared.(type) {
		case int:
			sum += v
		case string:
			sum += len(v)
		case point:
			sum += v.x + v.y
		case *point:
			if v != nil {
				sum += v.x
			}
		case bool:
			if v {
				sum++
			}
		}
		if sh := sharedShape; sh != nil {
			sum += sh.area()
		}
		if _, ok := shared.(fmt.Stringer); ok {
			sum--
		}
	}
	sinks[id] = sum
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go writer(300000, &wg)
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go reader(id, 300000, &wg)
	}
	wg.Wait()
	fmt.Println("done")
}
