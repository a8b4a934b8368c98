// run

package main

import "fmt"

func main() {
	fmt.Println("select {} never returns")
	select {}
}
