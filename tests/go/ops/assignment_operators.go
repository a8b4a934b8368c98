// run

package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 6
	x %= 5
	fmt.Println(x)
	y := 1
	y <<= 10
	y >>= 3
	y |= 1
	y &= 0xF1
	y ^= 0xFF
	y &^= 0x0F
	fmt.Println(y)
	f := 1.5
	f *= 2
	f /= 4
	fmt.Println(f)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	arr := []int{1, 2, 3}
	arr[1] *= 10
	arr[2]++
	arr[0]--
	fmt.Println(arr)
	m := map[string]int{}
	m["k"] += 7
	m["k"]++
	fmt.Println(m)
}
