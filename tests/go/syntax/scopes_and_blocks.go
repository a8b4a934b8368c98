// run

package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		{
			x = "inner assigns block"
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if-scoped", x)
	} else {
		fmt.Println("else sees", x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for-scoped", x)
	}
	fmt.Println(x)
}
