// A standard type gorun lacks is reported as if the program were wrong.
package main

import (
	"fmt"
	"sync"
)

func main() {
	p := sync.Pool{New: func() any { return 7 }}
	fmt.Println(p.Get())
}
