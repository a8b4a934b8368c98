// run

package main

import "fmt"

type A struct{}

func main() {
	var x interface{} = A{}
	fmt.Println(x.(A))
	fmt.Println(x.(*A))
}
