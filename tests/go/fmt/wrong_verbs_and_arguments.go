// run

package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "extra", 3.5)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%.*d|%*d\n", 3, 7, -4, 7)
	fmt.Printf("%*d\n", "x", 5)
	fmt.Printf("%c %c\n", "s", 3.5)
	fmt.Printf("%f\n", "no")
	fmt.Printf("%x\n", true)
	fmt.Println(fmt.Sprintf("%d items", 3, 4))
	fmt.Printf("no verbs\n", 1)
}
