package main

import "fmt"

const (
	a int8 = iota * 100
	b
	c
)

const s string = 1
const f = 1 / 0.0
const u uint = 3 - 5
const x = len("abc") + len([2]int{})
const y = len([]int{1})

type Color int

const (
	Red Color = iota
	Green
)

var arr [Green + 1]string

func get() int { return 1 }

const z = get()

func main() {
	var i8 int8 = 1
	i8 = i8 << 10
	var u8 uint8 = 255 + 1
	const big = 1 << 62
	var n int32 = big
	fmt.Println(a, b, c, s, f, u, x, y, arr, z, i8, u8, n)
	fmt.Println(Red + 1, Green * 2.5, 'a' * 2.5)
	var r rune = 'a' * 1000000
	fmt.Println(r, 5 % 2.0, 7.0 % 2)
	const h = "hello"
	fmt.Println(h[0], h[1:3], len(h))
	const t = h + 1
	fmt.Println(^0, ^uint8(0), -uint(1))
}
