// run

package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src) // overlapping: behaves like memmove
	fmt.Println(n, src)
	big := make([]int, 10)
	n = copy(big, []int{7, 8})
	fmt.Println(n, big)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:n]))
	fmt.Println(copy([]int{}, src), copy(dst, []int(nil)))
}
