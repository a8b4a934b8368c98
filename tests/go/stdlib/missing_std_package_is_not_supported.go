// errorcheck
//gorun:unsupported

// A package of Go's standard library that gorun does not have yet is refused as "not supported
// yet" (gc says "is not in std" only for packages that do not exist).

package main

import (
	"container/ring" // ERROR "not supported yet: package container/ring"
	"fmt"
)

func main() {
	fmt.Println(ring.New(3).Len())
}
