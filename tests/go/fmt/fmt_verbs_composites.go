// run

package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	B string
}

type Outer struct {
	In    Inner
	P     *Inner
	S     []int
	M     map[string]int
	E     error
	I     interface{}
	F     func()
	pri   bool
	Bytes []byte
}

type Color int

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprint("PS", p.n) }

type Err struct{}

func (Err) Error() string { return "err!" }

func main() {
	o := Outer{In: Inner{1, "x"}, S: []int{1, 2}, M: map[string]int{"z": 1, "a": 2}, E: errors.New("bad"), I: 3, Bytes: []byte("hi")}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Inner{1, "x"})
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, map[string]bool{"t": true}, []string{"a"}, [2]bool{})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "q\"s", 'x', 1.0, uint8(3))
	var np *Inner
	var ne error
	var ns []int
	var nm map[int]int
	var ni interface{}
	fmt.Printf("%v %v %v %v %v %d %s\n", np, ne, ns, nm, ni, ns, ns)
	fmt.Printf("%+v %#v %#v %#v\n", ne, ns, nm, ni)
	fmt.Println(np, ne, ns, nm, ni)
	fmt.Printf("%v %s %d %x %q\n", Color(1), Color(0), Color(1), Color(1), Color(0))
	fmt.Println([]Color{0, 1}, map[Color]int{1: 5}, struct{ C Color }{1})
	fmt.Printf("%v %+v\n", []error{Err{}, nil}, struct{ E error }{Err{}})
	ps := &PtrStringer{5}
	fmt.Println(ps, *ps, []*PtrStringer{ps}[0])
	fmt.Printf("%s %v %d\n", ps, *ps, *ps)
	fmt.Printf("%s|%v|%d\n", []string{"a", "b"}, []string{"a b"}, []string{"c"})
	fmt.Printf("%x %X % x %q %v\n", "hello", []byte("hi"), []byte{1, 171}, []byte("a"), []byte("a"))
	fmt.Printf("%d %v %s\n", []byte("ab"), [2]byte{65, 66}, [2]byte{65, 66})
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%c|%U|%#U\n", 42, 42, -42, 42, 42, 255, 255, 8, 8, 5, 255, 8, 'A', 'A', 'é')
	fmt.Printf("%8s|%-8s|%.2s|%8.3s|%q|%#q|%+q\n", "go", "go", "golang", "golang", "a\tb", "a`b", "é")
	fmt.Printf("%v %d\n", &[2]int{1}, &[2]int{3, 4})
	fmt.Printf("%v %+v\n", &Inner{2, "y"}, &struct{ P *int }{})
	fmt.Printf("%d%%|%!|%z|%d\n", 5, 3)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("x\n", 1, "a")
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%6.2v|%v|%.3v\n", 3.14159, int64(-5), "abcdef")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, nil), fmt.Sprint(1, 2), fmt.Sprint("x", "y"))
	fmt.Println(fmt.Sprintln("a", 1) + "|")
	fmt.Printf("%T %T %T %T %T %T %T\n", o.F, o.I, ne, Err{}, &o, o.M, [3]*int{})
	fmt.Printf("%T %T %T %T %T\n", 'a', 1.5, "s", nil, struct{ A int }{})
	fmt.Printf("%T %T %T\n", func(int, ...string) (bool, error) { return false, nil }, map[string][]*Inner{}, new(float32))
	fmt.Printf("%v|%s\n", errors.New("e1"), fmt.Errorf("wrap: %w", Err{}))
	fmt.Printf("%08.3f|%-08.3f|%+08d|%x|%X\n", -3.14159, 2.5, 42, -255, "Hi")
	fmt.Printf("%q %q %q %v\n", 65, '\n', 0x1F600, 'x')
	fmt.Printf("%s %v\n", nil, []interface{}{1, "a", nil, 2.5})
}
