// run

package main

import (
	"errors"
	"fmt"
)

func helper() interface{} { return recover() }

func notDirect() (r interface{}) {
	defer func() {
		r = helper()
		if r == nil {
			r = recover()
		}
	}()
	panic("p1")
}

func namedResult() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			n = -1
		}
	}()
	n = 10
	var m map[string]int
	m["x"] = 1
	return n, nil
}

func recoverTwice() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func repanic() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got ", r)
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re:", r))
	}()
	panic("orig")
}

func noPanic() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
}

func panicErr() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	var arr []int
	_ = arr[3]
	return nil
}

type custom struct{ code int }

func panicCustom() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v %+v\n", r, r, r)
	}()
	panic(custom{42})
}

func deferOrder() (x int) {
	defer func() { x *= 2 }()
	defer func() { x += 3 }()
	return 1
}

func main() {
	fmt.Println(notDirect())
	fmt.Println(namedResult())
	recoverTwice()
	fmt.Println(repanic())
	noPanic()
	err := panicErr()
	fmt.Println(err)
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
	panicCustom()
	fmt.Println(deferOrder())
	func() {
		defer func() {
			func() {
				fmt.Println("nested recover:", recover())
			}()
			fmt.Println("outer recover:", recover())
		}()
		panic("nested")
	}()
	fmt.Println("end")
}
