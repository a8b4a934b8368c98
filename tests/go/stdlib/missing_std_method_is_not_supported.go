// errorcheck
//gorun:unsupported

// Valid Go that needs a method gorun's standard library lacks: refused as "not supported
// yet", never as a type error the learner would take for their own. (A standard type that
// lacks the method in Go too keeps gc's error: see stdlib/std_type_missing_method_is_an_error.)

package main

import (
	"io"
	"os"
)

func main() {
	var r io.Reader = os.Stdin // ERROR "not supported yet: method Read of \*os.File"
	_ = r
}
