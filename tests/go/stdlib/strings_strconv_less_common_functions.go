// run

package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	fmt.Println(strings.LastIndexAny("golang", "go"))
	fmt.Printf("%q\n", strings.SplitAfterN("1.2.3.4", ".", 3))
	fmt.Println(string(strconv.AppendQuote([]byte("q="), "x")))
}
