// run

package main

import "fmt"

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad digit %q", c))
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func zeroResult() int {
	defer func() { recover() }()
	panic("ignored")
}

func main() {
	fmt.Println(parse("123"))
	fmt.Println(parse("12x"))
	fmt.Println(zeroResult())
	fmt.Println("still running")
}
