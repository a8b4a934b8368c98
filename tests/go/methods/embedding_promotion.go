// run

package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string   { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	Dog
	Age int
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	p := Puppy{Dog: d, Age: 1}
	fmt.Println(p.Speak(), p.Name, p.Breed)
	p.Rename("Tiny")
	fmt.Println(p.Dog.Animal.Name)
	fmt.Printf("%+v\n", p)
}
