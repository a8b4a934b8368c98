// run

// gorun: "undefined: strconv.QuoteRuneToASCII" (and CanBackquote, IsPrint, QuoteToGraphic; a
// compile error, exit 1); Go prints '\u263a' false false and "\u00a0x" quoted with the no-break
// space itself (it is graphic).

package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.QuoteRuneToASCII('☺'), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'),
		strconv.QuoteToGraphic("\u00a0x"))
}
