// run

package main

import (
	"errors"
	"fmt"
	"time"
)

type Color int

func (c Color) String() string { return fmt.Sprintf("Color(%d)", int(c)) }

type Pixel struct {
	Color
	X, Y int
}

type Timed struct {
	time.Duration
	Label string
}

type Wrapped struct {
	error
	Code int
}

type PtrEmbed struct {
	*Color
	N int
}

type Logger interface{ Log(string) string }

type Service struct {
	Logger
	Name string
}

type prefixLogger struct{ p string }

func (l prefixLogger) Log(s string) string { return l.p + s }

func main() {
	p := Pixel{Color: 3, X: 1, Y: 2}
	fmt.Println(p)
	fmt.Printf("%v %+v %s %d\n", p, p, p, p)
	t := Timed{1500 * time.Millisecond, "x"}
	fmt.Println(t, t.Seconds())
	w := Wrapped{errors.New("inner"), 5}
	fmt.Println(w, w.Code)
	var err error = w
	fmt.Println(err.Error())
	c := Color(9)
	pe := PtrEmbed{&c, 1}
	fmt.Println(pe)
	s := Service{prefixLogger{"> "}, "svc"}
	fmt.Println(s.Log("hi"), s.Name)
	var l Logger = s
	fmt.Println(l.Log("via iface"))
	defer func() { fmt.Println("recovered:", recover()) }()
	empty := Service{Name: "none"}
	fmt.Println(empty.Log("boom"))
}
