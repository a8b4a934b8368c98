// run

package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
	hits, miss int
	onEvict    func(k string, v int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, items: make(map[string]*entry), onEvict: onEvict}
}

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.value = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.value)
		}
	}
	e := &entry{key: k, value: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) String() string {
	var parts []string
	for e := c.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, ":", v)) })
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c",
		"put a 10", "put e 5", "get d", "get a", "put f 6", "get x"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var v int
			for _, ch := range f[2] {
				v = v*10 + int(ch-'0')
			}
			c.Put(f[1], v)
			fmt.Printf("%-9s -> %v\n", op, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-9s -> %d %t %v\n", op, v, ok, c)
		}
	}
	fmt.Println("evicted:", evicted)
	fmt.Printf("hits=%d misses=%d ratio=%.2f len=%d\n", c.hits, c.miss, float64(c.hits)/float64(c.hits+c.miss), len(c.items))
	fmt.Println(c.head.prev == nil, c.tail.next == nil, c.head.next.prev == c.head)
}
