// run

package main

import (
	"fmt"
	"time"
	"unicode"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Minute,
		-2 * time.Second, 1*time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, time.Duration(1<<63 - 1)}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds(), int64(d))
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.String(), d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Printf("%v %d %T %s\n", d, d, d, time.Millisecond*5)
	n := 3
	fmt.Println(time.Duration(n) * time.Second)
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', 'Σ', '中', '!', '_', '٣'} {
		fmt.Print(unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), " ")
		fmt.Print(string(unicode.ToUpper(r)), string(unicode.ToLower(r)), "|")
	}
	fmt.Println()
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.IsPrint('\t'), unicode.IsControl('\t'), unicode.IsGraphic('x'), unicode.IsTitle('ǅ'), string(unicode.ToTitle('a')))
}
