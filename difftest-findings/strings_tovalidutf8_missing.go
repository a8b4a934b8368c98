// run

// gorun: "undefined: strings.ToValidUTF8" (compile error, exit 1); Go prints "a?b" and "ab".

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"))
	fmt.Println(strings.ToValidUTF8("a\xc0\x80b", ""))
}
