// A standard function gorun lacks is reported as if the program were wrong.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Setenv("GREETING", "hi")
	fmt.Println(os.Getenv("GREETING"))
}
