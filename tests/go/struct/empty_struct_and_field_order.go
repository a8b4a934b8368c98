// run

package main

import "fmt"

type Empty struct{}

type Record struct {
	B    bool
	I    int
	S    string
	F    float64
	Ptr  *int
	List []string
	M    map[string]int
	E    Empty
}

func main() {
	var r Record
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	set := map[string]struct{}{}
	set["a"] = struct{}{}
	set["b"] = Empty{}
	_, ok := set["a"]
	fmt.Println(len(set), ok, Empty{} == Empty{})
}
