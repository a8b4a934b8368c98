// run

package main

import "fmt"

type Address struct {
	City, Zip string
}

type Employee struct {
	Name    string
	Address Address
	Manager *Employee
	Tags    []string
}

func main() {
	boss := &Employee{Name: "Bea", Address: Address{"Oslo", "0150"}}
	e := Employee{
		Name:    "Al",
		Address: Address{City: "Bergen"},
		Manager: boss,
		Tags:    []string{"new"},
	}
	e.Address.Zip = "5003"
	fmt.Println(e.Name, e.Address, e.Manager.Name, e.Tags)
	fmt.Printf("%+v\n", e.Address)
	fmt.Printf("%v\n", *boss)
	e.Manager.Address.City = "Trondheim"
	fmt.Println(boss.Address.City)
}
