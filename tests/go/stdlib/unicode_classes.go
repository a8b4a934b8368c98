// run

package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 é_!\t世" {
		fmt.Printf("%q letter=%t digit=%t space=%t upper=%t lower=%t punct=%t\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.ToUpper('1') == '1')
	fmt.Println(unicode.IsNumber('½'), unicode.IsDigit('½'))
}
