// run

package main

func main() {
	panic(true)
}
