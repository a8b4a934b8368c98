// errorcheck

// A standard type that lacks the method in Go as well: gc's own error.

package main

import (
	"io"
	"strings"
)

type T int

func main() {
	var w io.Writer = T(1)              // ERROR "T does not implement io.Writer \(missing method Write\)"
	var r io.Reader = strings.Builder{} // ERROR "strings.Builder does not implement io.Reader \(missing method Read\)"
	_, _ = w, r
}
