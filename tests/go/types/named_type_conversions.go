// run

package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type MyInt int
type IntSlice []int
type StrMap map[string]int
type Fn func(int) int
type Name string

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (n Name) Upper() Name       { return n + "!" }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	c := Celsius(100)
	f := CToF(c)
	fmt.Println(c, f, Celsius(f))
	fmt.Printf("%v %.2f %T %T\n", c, f, c, f)

	var mi MyInt = 7
	i := int(mi) + 1
	fmt.Println(mi+MyInt(i), mi/2, -mi%4)

	s := IntSlice([]int{3, 1, 2})
	var plain []int = s
	plain[0] = 30
	fmt.Println(s, plain, len(s))
	fmt.Printf("%T %T\n", s, plain)

	sm := StrMap{"a": 1}
	var pm map[string]int = sm
	pm["b"] = 2
	fmt.Println(sm)

	var fn Fn = func(x int) int { return x * 2 }
	fmt.Println(fn(21))
	fmt.Printf("%T\n", fn)

	n := Name("bob")
	fmt.Println(n.Upper(), string(n.Upper()), len(n))
	str := "x"
	n = Name(str)
	fmt.Println(n + "y")
	bs := []byte(n)
	rs := []rune(Name("héllo"))
	fmt.Println(bs, rs, string(rs[1]))
	type Bytes []byte
	fmt.Println(string(Bytes("abc")), Bytes("ab"))
	fmt.Printf("%v %s %q %x\n", Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes("ab"))
}
