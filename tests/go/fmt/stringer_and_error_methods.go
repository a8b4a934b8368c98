// run

package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Oops struct{ Code int }

func (o Oops) Error() string { return fmt.Sprintf("oops %d", o.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

type Gopher struct{ Name string }

func (g Gopher) GoString() string { return "Gopher(" + g.Name + ")" }

func main() {
	l := Level(2)
	fmt.Println(l)
	fmt.Printf("%v|%s|%d|%q|%x|%5v|\n", l, l, l, l, l, l)
	fmt.Println([]Level{0, 1})
	fmt.Println(map[Level]int{2: 1, 0: 5})
	o := Oops{7}
	fmt.Println(o)
	fmt.Printf("%v|%+v|%d\n", o, o, o)
	fmt.Println(Both{})
	fmt.Println(errors.New("plain"))
	fmt.Printf("%v|%#v\n", Gopher{"g"}, Gopher{"g"})
	fmt.Println(struct{ L Level }{1})
	fmt.Println(&o)
}
