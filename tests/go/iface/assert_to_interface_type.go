// run

package main

import "fmt"

type Speaker interface{ Speak() string }
type Walker interface{ Walk() string }

type Robot struct{}

func (Robot) Speak() string { return "beep" }

type Human struct{ name string }

func (h Human) Speak() string { return "hi, I am " + h.name }
func (h Human) Walk() string  { return h.name + " walks" }

func main() {
	for _, s := range []Speaker{Robot{}, Human{"ann"}} {
		fmt.Println(s.Speak())
		if w, ok := s.(Walker); ok {
			fmt.Println(w.Walk())
		} else {
			fmt.Printf("%T cannot walk\n", s)
		}
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Println(st.String())
		}
	}
}
