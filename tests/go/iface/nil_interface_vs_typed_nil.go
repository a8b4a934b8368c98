// run

package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // never a nil interface: it holds a (*MyErr)(nil)
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	fmt.Println(correct(false) == nil, correct(true))
	var i interface{}
	var p *int
	fmt.Println(i == nil)
	i = p
	fmt.Println(i == nil, i)
}
