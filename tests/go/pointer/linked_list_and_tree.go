// run

package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l List) String() string {
	var sb strings.Builder
	for n := l.head; n != nil; n = n.Next {
		if sb.Len() > 0 {
			sb.WriteString("->")
		}
		fmt.Fprint(&sb, n.Val)
	}
	return "[" + sb.String() + "]"
}

func (l *List) RemoveIf(pred func(int) bool) {
	pp := &l.head
	for *pp != nil {
		if pred((*pp).Val) {
			*pp = (*pp).Next
			l.size--
		} else {
			pp = &(*pp).Next
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func insert(t **Tree, key string) {
	if *t == nil {
		*t = &Tree{Key: key, Count: 1}
		return
	}
	switch {
	case key < (*t).Key:
		insert(&(*t).Left, key)
	case key > (*t).Key:
		insert(&(*t).Right, key)
	default:
		(*t).Count++
	}
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func main() {
	var l List
	for i := 1; i <= 6; i++ {
		l.Push(i)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	l.RemoveIf(func(v int) bool { return v%2 == 0 })
	fmt.Println(l, l.size)
	l.RemoveIf(func(v int) bool { return true })
	fmt.Println(l, l.size, l.head == nil)

	var root *Tree
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		insert(&root, w)
	}
	var out []string
	root.Walk(func(t *Tree) { out = append(out, fmt.Sprintf("%s:%d", t.Key, t.Count)) })
	fmt.Println(strings.Join(out, " "), root.Height())
}
