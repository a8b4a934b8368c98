// run

package main

func main() {
	panic(2.5e-10)
}
