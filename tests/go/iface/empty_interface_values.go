// run

package main

import "fmt"

func main() {
	var things []interface{}
	things = append(things, 1, "two", 3.0, []int{4}, map[string]int{"five": 5}, nil, true, 'x')
	for _, t := range things {
		fmt.Printf("%v (%T)\n", t, t)
	}
	var a, b interface{} = 3, 3
	var c interface{} = int64(3)
	fmt.Println(a == b, a == c)
	var s1, s2 interface{} = "x", "x"
	fmt.Println(s1 == s2)
	type key struct{ a, b int }
	m := map[interface{}]string{1: "int", "1": "string", key{1, 2}: "struct"}
	fmt.Println(m[1], m["1"], m[key{1, 2}], len(m))
	var any interface{} = 5
	any = "now a string"
	fmt.Println(any)
}
