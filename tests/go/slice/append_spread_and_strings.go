// run

package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{3, 4}
	c := append(a, b...)
	fmt.Println(c)
	c = append(c[:1], c[2:]...) // remove element 1
	fmt.Println(c)
	bs := []byte("abc")
	bs = append(bs, "def"...)
	bs = append(bs, 'g')
	fmt.Println(string(bs))
	var words []string
	words = append(words, "x")
	words = append(words, []string{"y", "z"}...)
	fmt.Println(words, len(words))
	d := append([]int{}, a...)
	d[0] = 100
	fmt.Println(a, d)
	e := append(a[:0:0], a...)
	fmt.Println(e)
}
