// run

package main

import "fmt"

func main() {
	s1 := fmt.Sprint("a", 1, 2, "b", 3.0, 'c')
	s2 := fmt.Sprintln("a", 1, 2, "b")
	s3 := fmt.Sprintf("%d-%s", 7, "x")
	fmt.Printf("%q\n%q\n%q\n", s1, s2, s3)
	fmt.Printf("%q\n", fmt.Sprint(1, 2, 3))
	fmt.Printf("%q\n", fmt.Sprint("1", "2"))
	fmt.Printf("%q\n", fmt.Sprint(nil, nil))
	fmt.Printf("%q\n", fmt.Sprint([]int{1}, []int{2}))
	fmt.Printf("%q\n", fmt.Sprintln())
}
