package main

import "fmt"

func main() {
	const big = 1e100000
	const c int8 = 100
	var x = c * 2
	var y int8 = int8(300)
	var z = 1 << 70
	var s uint = 1
	var f float64 = 1 << s
	const h = 1 << 1000
	const hh = h * h
	var n = -1
	var q = 1 << -1
	var qq = 1 << 2.5
	var fl = 2.5
	var qqq = 1 << fl
	var d = 10 / 0
	var dd = 10.0 / 0
	var e int = 2.0
	var str string = 2.0
	var xx int32 = 1 << 31
	var r rune = "a"
	fmt.Println(big/1e99999, x, y, z, f, hh, n, q, qq, qqq, d, dd, e, str, xx, r)
}
