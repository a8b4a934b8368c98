package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type MyInt int
type Str string

type Reader interface{ Read(p []byte) (int, error) }
type RW interface {
	Reader
	Write(p []byte) (int, error)
}

type file struct{}

func (f *file) Read(p []byte) (int, error) { return 0, nil }
func (f file) Write(p []byte) int          { return 0 }

func main() {
	var c Celsius = 100
	var f Fahrenheit = c
	f = Fahrenheit(c*9/5 + 32)
	var i int = 3
	var mi MyInt = i
	mi = MyInt(i) + 1
	var i8 int8 = 127
	i8 = i8 + 1
	const k int8 = 200
	var u uint = -1
	var fl float32 = 1e40
	var s Str = "abc"
	var st string = s
	st = string(s)
	st = string(i)
	b := []byte(st)
	r := []rune(s)
	_ = string(b) + string(r)
	_ = int("3")
	_ = float64("3.5")
	_ = bool(1)
	_ = string(1.5)
	_ = int(3.7)
	_ = uint8(300)
	_ = int64(1 << 63)
	x := 1 << 63
	var rd Reader = file{}
	var rw RW = &file{}
	_, _, _, _, _, _, _, _ = f, mi, k, u, fl, st, rd, rw
	fmt.Println(1e308 * 10)
	var z float64 = 1e308 * 10
	_ = z
	const big = 1 << 600
	const huge = 1 << 1100
	fmt.Println(x, big)
	_ = 5 / 0
	_ = 5.0 / 0.0
	var zero int
	_ = 5 / zero
	_ = 'a' + "b"
	var r2 rune = 'x' + 1
	var by byte = 'a'
	_ = r2 + by
	_ = 3 &^ 1.5
}
