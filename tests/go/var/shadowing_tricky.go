// run

package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 1, errors.New("fail") }

func shadowErr() (err error) {
	if _, err := get(); err != nil {
		fmt.Println("inner err:", err)
	}
	return
}

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		x := x * 2
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(shadowErr())
	for x := 0; x < 2; x++ {
		x := x + 10
		fmt.Print(x, " ")
	}
	fmt.Println()
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
	len := func(s string) int { return 42 }
	fmt.Printf("%d\n", len("abc"))
	true := false
	fmt.Printf("%v\n", true)
	type int = string
	var s int = "int is string"
	fmt.Printf("%s\n", s)
	nil := 3
	fmt.Printf("%d\n", nil)
	switch x := interface{}(x).(type) {
	case string:
		fmt.Printf("%s\n", x)
	}
	var err error
	if true2 := 1; true2 > 0 {
		_, err := get()
		_ = err
	}
	fmt.Printf("%v\n", err)
}
