// run

package main

import "fmt"

type Config struct {
	Name  string
	Level int
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 42
	fmt.Println(*p)
	c := new(Config)
	c.Name = "dev"
	fmt.Println(*c)
	fmt.Printf("%+v\n", c)
	s := new([]int)
	*s = append(*s, 1)
	fmt.Println(*s, len(*s))
	q := new(string)
	fmt.Printf("%q\n", *q)
}
