// run

package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:4])
	fmt.Println(r[:4])
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[len(r)-1] = '!'
	fmt.Println(string(r))
	fmt.Println(string(r[1]), string(b[1:3]))
	bad := []byte{0xff, 'a'}
	fmt.Println([]rune(string(bad)))
	fmt.Println(string([]byte{}) == "", len([]rune("")))
}
