// run

package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Find(k string) (*Tree, int) {
	depth := 0
	for t != nil {
		if k == t.Key {
			return t, depth
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
		depth++
	}
	return nil, depth
}

func (t *Tree) Walk(visit func(*Tree) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(visit) && visit(t) && t.Right.Walk(visit)
}

func (t *Tree) All() func(yield func(string, int) bool) {
	return func(yield func(string, int) bool) {
		t.Walk(func(n *Tree) bool { return yield(n.Key, n.Count) })
	}
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Min() *Tree {
	for t != nil && t.Left != nil {
		t = t.Left
	}
	return t
}

func (t *Tree) Delete(k string) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right.Min()
		t.Key, t.Count = m.Key, m.Count
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %s:%d %v)", t.Left, t.Key, t.Count, t.Right)
}

func (t *Tree) draw(sb *strings.Builder, prefix string, isLeft bool) {
	if t == nil {
		return
	}
	t.Right.draw(sb, prefix+map[bool]string{true: "│   ", false: "    "}[isLeft], false)
	sb.WriteString(prefix)
	if isLeft {
		sb.WriteString("└── ")
	} else {
		sb.WriteString("┌── ")
	}
	sb.WriteString(t.Key + "\n")
	t.Left.draw(sb, prefix+map[bool]string{true: "    ", false: "│   "}[isLeft], true)
}

func main() {
	var root *Tree
	for _, w := range strings.Fields("m f t b h p w a c g m t z f f") {
		root = root.Insert(w)
	}
	fmt.Println(root)
	fmt.Println("height:", root.Height())
	for k, c := range root.All() {
		if k > "p" {
			break
		}
		fmt.Printf("%s=%d ", k, c)
	}
	fmt.Println()
	for _, k := range []string{"g", "z", "q", "m"} {
		n, d := root.Find(k)
		if n != nil {
			fmt.Println(k, "found at depth", d, "count", n.Count)
		} else {
			fmt.Println(k, "missing after", d, "steps", n)
		}
	}
	var sb strings.Builder
	root.draw(&sb, "", true)
	fmt.Print(sb.String())
	for _, k := range []string{"m", "a", "t", "nope"} {
		root = root.Delete(k)
		fmt.Println("after delete", k, root)
	}
	var empty *Tree
	fmt.Println(empty, empty.Height(), empty.Min() == nil)
	fmt.Printf("%v %s\n", empty, root.Left)
}
