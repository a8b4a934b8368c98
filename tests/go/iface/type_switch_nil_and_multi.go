// run

package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type Stringer interface{ String() string }
type S int

func (s S) String() string { return fmt.Sprintf("S<%d>", int(s)) }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return fmt.Sprintf("nil %T", v)
	case int, int64:
		return fmt.Sprintf("integer %T %v", v, v)
	case string:
		return "string " + v + fmt.Sprint(len(v))
	case error:
		return "error " + v.Error()
	case Stringer:
		return "stringer " + v.String()
	case []int:
		return fmt.Sprint("slice ", len(v), v == nil)
	case func() int:
		return fmt.Sprint("func ", v())
	case *int:
		if v == nil {
			return "nil *int"
		}
		return fmt.Sprint("*int ", *v)
	case map[string]int, [2]int:
		return fmt.Sprintf("map or array %v", v)
	case struct{}:
		return "empty struct"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var np *int
	var ne *MyErr
	var e error
	var nilSlice []int
	n := 4
	xs := []interface{}{nil, 1, int64(2), int32(3), "hi", errors.New("boom"), &MyErr{"mine"}, S(7),
		nilSlice, []int{1}, func() int { return 9 }, np, &n, map[string]int{"a": 1}, [2]int{1, 2},
		struct{}{}, 2.5, e, ne, []string{}, true}
	for _, x := range xs {
		fmt.Println(describe(x))
	}
	var s fmt.Stringer = S(1)
	switch s.(type) {
	case S:
		fmt.Println("concrete S")
	}
	switch t := s.(type) {
	case interface{ Error() string }:
		fmt.Println("error?", t)
	default:
		fmt.Printf("default %T %v\n", t, t)
	}
}
