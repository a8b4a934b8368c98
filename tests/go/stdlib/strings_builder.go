// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	var b strings.Builder
	b.Grow(64)
	for _, w := range []string{"a", "b", "c"} {
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(strings.ToUpper(w))
	}
	fmt.Println(b.String())
}
