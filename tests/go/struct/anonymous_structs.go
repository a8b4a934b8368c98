// run

package main

import "fmt"

func main() {
	pt := struct{ X, Y int }{1, 2}
	fmt.Println(pt, pt.X)
	people := []struct {
		Name string
		Age  int
	}{
		{"ann", 30},
		{"bob", 25},
	}
	for _, p := range people {
		fmt.Printf("%s is %d\n", p.Name, p.Age)
	}
	fmt.Printf("%+v\n", people)
	var config struct {
		Debug bool
		Level int
	}
	config.Level = 3
	fmt.Printf("%+v\n", config)
	fmt.Printf("%#v\n", pt)
}
