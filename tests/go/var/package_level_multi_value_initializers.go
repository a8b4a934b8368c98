// run

package main

import "fmt"

// Package-level variables initialised from one comma-ok expression, in dependency order
// whatever the source order, each value converted to its variable's type.

var c = b
var a, b any = any(nil).(bool)

var m = map[int]string{1: "one"}

func g() int { fmt.Println("g called"); return 1 }

var v, ok = m[g()]
var w, found = m[2]

var ch = make(chan int, 1)
var got, open = recv()

func recv() (int, bool) { ch <- 5; x, ok := <-ch; return x, ok }

var i any = 3
var n, isInt = i.(int)
var f, isFloat = i.(float64)

func f1() int { fmt.Println("f1"); return 1 }

var x = y + f1()
var y = z * 2
var z = 3

func main() {
	fmt.Println(a, b, c)
	fmt.Printf("%q %v %q %v\n", v, ok, w, found)
	fmt.Println(got, open, n, isInt, f, isFloat, x)
}
