// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.ParseInt("-ff", 16, 64))
	fmt.Println(strconv.ParseInt("0x1f", 0, 64))
	fmt.Println(strconv.ParseInt("0b101", 0, 8))
	fmt.Println(strconv.ParseInt("300", 10, 8))
	fmt.Println(strconv.ParseInt("12a", 10, 64))
	fmt.Println(strconv.ParseUint("255", 10, 8))
	fmt.Println(strconv.ParseUint("-1", 10, 64))
	fmt.Println(strconv.ParseBool("true"))
	fmt.Println(strconv.ParseBool("F"))
	fmt.Println(strconv.ParseBool("yes"))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(1<<64-1, 10), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hi \"there\"\n"), strconv.Quote("日本"), strconv.QuoteToASCII("日本"))
	fmt.Println(strconv.QuoteRune('☺'))
	fmt.Println(strconv.Unquote(`"a\tb"`))
	fmt.Println(strconv.Unquote("'x'"))
	fmt.Println(strconv.Unquote("bad"))
	fmt.Println(string(strconv.AppendInt([]byte("n:"), 42, 10)))
}
