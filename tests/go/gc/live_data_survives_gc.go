// run

package main

// A collector must never free live data. Values reachable in many different ways are built, then
// many collections run (runtime.GC() and automatic ones) while garbage of the same shapes is
// allocated and filled with other values (so a wrongly freed object gets overwritten), then
// every value is checked. The roots: a global, a closure capture, a channel's buffer, map values
// and keys, interfaces in a slice, a goroutine blocked on a channel holding the only pointer in
// a local variable, a deferred closure's captured variable, a deferred call's argument, a
// time.AfterFunc closure, an interior pointer (to an array element, to a struct field), a method
// value's receiver, and a short substring of a big string.

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"time"
)

type lnode struct {
	next *lnode
	val  int
	name string
}

type tree struct {
	left, right *tree
	val         int
}

type box struct {
	id   int
	data []int
	tag  string
}

type point struct{ x, y int }

type counter struct {
	vals []int
	base int
}

func (c *counter) total() int {
	t := c.base
	for _, v := range c.vals {
		t += v
	}
	return t
}

func buildList(n, base int) *lnode {
	var head *lnode
	for i := n - 1; i >= 0; i-- {
		head = &lnode{next: head, val: base + i, name: "n" + strconv.Itoa(base+i)}
	}
	return head
}

func listSum(l *lnode) int {
	s := 0
	for ; l != nil; l = l.next {
		if l.name != "n"+strconv.Itoa(l.val) {
			return -1
		}
		s += l.val
	}
	return s
}

func buildTree(depth, val int) *tree {
	if depth == 0 {
		return &tree{val: val}
	}
	return &tree{buildTree(depth-1, 2*val), buildTree(depth-1, 2*val+1), val}
}

func treeSum(t *tree) int {
	if t == nil {
		return 0
	}
	return t.val + treeSum(t.left) + treeSum(t.right)
}

func newBox(id int) *box {
	d := make([]int, 16)
	for i := range d {
		d[i] = id*100 + i
	}
	return &box{id: id, data: d, tag: "box" + strconv.Itoa(id)}
}

func boxOK(b *box) bool {
	if b.tag != "box"+strconv.Itoa(b.id) || len(b.data) != 16 {
		return false
	}
	for i, v := range b.data {
		if v != b.id*100+i {
			return false
		}
	}
	return true
}

// churn allocates garbage shaped like the live data, filled with other values, and collects.
func churn(rounds int) int {
	junk := 0
	for r := 0; r < rounds; r++ {
		runtime.GC()
		var l *lnode
		for i := 0; i < 20000; i++ {
			l = &lnode{next: l, val: -i, name: "junk"}
			if i%16 == 0 {
				l = nil
			}
		}
		t := buildTree(10, -1)
		b := newBox(-r)
		big := make([]int, 50000)
		for i := range big {
			big[i] = -1
		}
		junk += len(big) + b.id + t.val
		if l != nil {
			junk += l.val
		}
	}
	return junk
}

var globalList *lnode

func makeTreeSummer() func() int {
	root := buildTree(12, 1)
	return func() int { return treeSum(root) }
}

func fillChannel() chan *box {
	ch := make(chan *box, 100)
	for i := 0; i < 100; i++ {
		ch <- newBox(1000 + i)
	}
	return ch
}

// blockedHolder starts a goroutine whose only pointer to its list is a local variable; it
// blocks on start, then reports the list's sum.
func blockedHolder(start <-chan bool, result chan<- int) {
	go func() {
		local := buildList(5000, 300000)
		<-start
		result <- listSum(local)
	}()
}

// deferred keeps data reachable only from a deferred closure's captured variable and from a
// deferred call's argument while it churns.
func deferred() (res int) {
	data := buildList(3000, 400000)
	defer func() { res += listSum(data) }()
	b := newBox(77)
	defer func(bb *box) {
		if !boxOK(bb) {
			res = -1000000000
		}
	}(b)
	b = nil
	churn(4)
	return 0
}

// startTimer keeps data reachable only from a time.AfterFunc closure.
func startTimer(done chan<- int) {
	t := buildTree(10, 3)
	l := buildList(2000, 500000)
	time.AfterFunc(300*time.Millisecond, func() {
		done <- treeSum(t) + listSum(l)
	})
}

// interior returns pointers into the middle of an array and of a struct.
func interior() (*int, *[]int, *string) {
	arr := make([]int, 1000)
	for i := range arr {
		arr[i] = i * i
	}
	type holder struct {
		a    int
		vals []int
		name string
	}
	h := &holder{a: 1, vals: []int{4, 5, 6}, name: "holder-" + strconv.Itoa(42)}
	return &arr[500], &h.vals, &h.name
}

func bigSubstring() string {
	var b strings.Builder
	for i := 0; i < 100000; i++ {
		b.WriteString(strconv.Itoa(i % 10))
	}
	s := b.String()
	return s[54321:54331]
}

func main() {
	globalList = buildList(50000, 0)
	summer := makeTreeSummer()
	ch := fillChannel()
	m := map[int]*box{}
	keys := map[string]int{}
	for i := 0; i < 1000; i++ {
		m[i] = newBox(2000 + i)
		keys["key-"+strconv.Itoa(i)+"-"+strings.Repeat("k", i%7)] = i
	}
	ifaces := []interface{}{
		newBox(5000),
		[]int{1, 2, 3, 4},
		"dyn-" + strconv.Itoa(12345),
		point{7, 8},
		map[string]int{"a": 1, "b": 2},
		buildList(100, 600000),
		func() int { return 99 },
	}
	start := make(chan bool)
	result := make(chan int)
	blockedHolder(start, result)
	timerDone := make(chan int, 1)
	startTimer(timerDone)
	elem, slicePtr, namePtr := interior()
	c := &counter{vals: []int{10, 20, 30}, base: 5}
	totalFn := c.total
	c = nil
	sub := bigSubstring()

	// Collections while garbage is allocated.
	junk := churn(20)
	fmt.Println("junk:", junk)
	fmt.Println("deferred:", deferred())
	junk = churn(5)

	// Check everything.
	fmt.Println("global list:", listSum(globalList))
	fmt.Println("closure capture:", summer())
	chSum, chOK := 0, true
	for i := 0; i < 100; i++ {
		b := <-ch
		chOK = chOK && boxOK(b) && b.id == 1000+i
		chSum += b.data[15]
	}
	fmt.Println("channel buffer:", chOK, chSum)
	mSum, mOK := 0, true
	for k, b := range m {
		mOK = mOK && boxOK(b) && b.id == 2000+k
		mSum += b.data[3]
	}
	fmt.Println("map values:", mOK, len(m), mSum)
	kSum, kOK := 0, true
	for k, v := range keys {
		kOK = kOK && k == "key-"+strconv.Itoa(v)+"-"+strings.Repeat("k", v%7)
		kSum += len(k)
	}
	fmt.Println("map keys:", kOK, len(keys), kSum)
	for i, x := range ifaces {
		switch v := x.(type) {
		case *box:
			fmt.Println("iface", i, "box:", boxOK(v), v.id)
		case []int:
			fmt.Println("iface", i, "slice:", v)
		case string:
			fmt.Println("iface", i, "string:", v)
		case point:
			fmt.Println("iface", i, "point:", v.x, v.y)
		case map[string]int:
			fmt.Println("iface", i, "map:", v["a"], v["b"], len(v))
		case *lnode:
			fmt.Println("iface", i, "list:", listSum(v))
		case func() int:
			fmt.Println("iface", i, "func:", v())
		}
	}
	close(start)
	fmt.Println("blocked goroutine's local:", <-result)
	fmt.Println("timer closure:", <-timerDone)
	fmt.Println("interior pointers:", *elem, *slicePtr, *namePtr)
	fmt.Println("method value receiver:", totalFn())
	fmt.Println("substring of a big string:", sub)
	fmt.Println("global list again:", listSum(globalList))

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("NumGC >= 29:", ms.NumGC >= 29)
	_ = junk
}
