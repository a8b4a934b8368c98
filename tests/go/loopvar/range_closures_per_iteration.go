// run

package main

import "fmt"

func main() {
	var prints []func()
	for i, s := range []string{"a", "b", "c"} {
		prints = append(prints, func() { fmt.Println(i, s) })
	}
	for _, p := range prints {
		p()
	}
	m := map[int]func() int{}
	for i := range 3 {
		m[i] = func() int { return i * 10 }
	}
	fmt.Println(m[0](), m[1](), m[2]())
}
