// run

package main

import "fmt"

func main() {
	s := []string{"a"}
	s = append(s, "b", "c")
	s = append(s)
	fmt.Println(s, len(s))
	d := make([]string, 2)
	n := copy(d, s)
	fmt.Println(n, d)
	m := map[string]int{"x": 1, "y": 2}
	delete(m, "x")
	delete(m, "absent")
	fmt.Println(m)
	var bs []byte
	bs = append(bs, "text"...)
	fmt.Println(string(bs))
	nums := append([]int(nil), 1)
	fmt.Println(nums, cap(nums) >= 1)
}
