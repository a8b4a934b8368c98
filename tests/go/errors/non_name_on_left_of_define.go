// errorcheck

package main

type Config struct{ Port int }

func main() {
	c := Config{}
	c.Port := 8080 // ERROR "non-name c.Port on left side of :="
	var unused int // ERROR "declared and not used: unused"
	var s string = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in variable declaration"
	_ = s
}
