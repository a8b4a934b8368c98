// run

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	}
	return fmt.Sprintf("Day(%d)", int(d))
}

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F = "e", iota
	G, H
)

const (
	x0 = 1 + iota*iota
	x1
	x2
	x3 = "s"
	x4
	x5 = iota + 0.5
	x6
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
	All = FlagA | FlagB | FlagC | FlagD
)

const one, two = iota + 1, iota + 2
const big = 1 << 100
const fl = big >> 98
const huge = big * big / big

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Weekday(3))
	fmt.Printf("%v %d %T\n", Thursday, Thursday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F, G, H)
	fmt.Println(x0, x1, x2, x3, x4, x5, x6)
	fmt.Printf("%08b %08b %v %T\n", All, All&^FlagB, FlagC|FlagA, FlagD)
	fmt.Println(one, two, fl, huge == big)
	fmt.Println(big/(1<<98), float64(big))
	const typed int8 = 100
	const c2 = typed / 3
	fmt.Printf("%T %v\n", c2, c2)
	const s = "héllo"
	const l = len(s)
	var arr [l]int
	fmt.Println(l, len(arr), s[1], string(s[0]))
	const r = 'a' + 1
	fmt.Printf("%T %v %c\n", r, r, r)
	const f = 5 / 2
	const g = 5 / 2.0
	const h = 5.0 / 2
	fmt.Println(f, g, h, 7/2*2.0, 1<<3.0)
	var sh uint = 3
	var fv = 1 << sh
	fmt.Printf("%T %v\n", fv, fv)
	const maxU = ^uint32(0)
	const neg = -1
	fmt.Println(maxU, uint8(neg+256), ^0, -5%3, -5/3, 5%-3)
}
