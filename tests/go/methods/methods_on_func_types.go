// run

package main

import "fmt"

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	exclaim := Handler(func(s string) string { return s + "!" })
	fmt.Println(exclaim.Twice("hi"))
	temps := []Celsius{21.5, -3}
	fmt.Println(temps)
	fmt.Println(temps[0])
	fmt.Printf("%v %.2f %s\n", temps[1], temps[1], temps[1])
}
