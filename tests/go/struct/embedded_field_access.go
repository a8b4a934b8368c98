// run

package main

import "fmt"

type Meta struct {
	ID      int
	Created string
}

type Doc struct {
	Meta
	Title string
	ID    string // shadows Meta.ID
}

func main() {
	d := Doc{Meta: Meta{ID: 1, Created: "today"}, Title: "Go", ID: "doc-1"}
	fmt.Println(d.ID, d.Meta.ID, d.Created)
	d.Created = "yesterday"
	fmt.Println(d.Meta.Created)
	fmt.Printf("%v\n%+v\n", d, d)
}
