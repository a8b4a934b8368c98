// run

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head, tail *Node
	size       int
}

func (l *List) PushFront(v int) {
	n := &Node{Val: v, Next: l.head}
	l.head = n
	if l.tail == nil {
		l.tail = n
	}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.Next = n
		l.tail = n
	}
	l.size++
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			if *pp == l.tail {
				if pp == &l.head {
					l.tail = nil
				} else {
					// find predecessor for tail
					prev := l.head
					for prev.Next != *pp {
						prev = prev.Next
					}
					l.tail = prev
				}
			}
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}


type IntStack []int

var ErrEmpty = errors.New("empty")

func (s *IntStack) Push(v int) { *s = append(*s, v) }
func (s *IntStack) Pop() (int, error) {
	if len(*s) == 0 {
		return 0, ErrEmpty
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}
func (s IntStack) Peek() (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	return s[len(s)-1], true
}

type Queue struct {
	items []string
}

func (q *Queue) Enqueue(s ...string) { q.items = append(q.items, s...) }
func (q *Queue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}
func (q Queue) Len() int { return len(q.items) }

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(l, l.size)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(50), l)
	l.PushBack(60)
	fmt.Println(l, l.tail.Val)
	l.Reverse()
	fmt.Println(l, l.head.Val, l.tail.Val)
	fmt.Println(l.Remove(5), l.tail.Val, l)

	var st IntStack
	for _, c := range "3 4 + 2 *" {
		_ = c
	}
	for _, tok := range strings.Fields("3 4 + 2 * 7 -") {
		switch tok {
		case "+", "-", "*":
			b, _ := st.Pop()
			a, _ := st.Pop()
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			}
		default:
			n, _ := strconv.Atoi(tok)
			st.Push(n)
		}
		fmt.Println(tok, st)
	}
	top, ok := st.Peek()
	fmt.Println(top, ok)
	st.Pop()
	_, err := st.Pop()
	fmt.Println(err, err == ErrEmpty, len(st), st == nil)

	q := &Queue{}
	q.Enqueue("a", "b")
	q.Enqueue([]string{"c", "d"}...)
	for q.Len() > 0 {
		s, _ := q.Dequeue()
		fmt.Print(s, " ")
	}
	_, ok = q.Dequeue()
	fmt.Println(ok)
}
