// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0", "+7", " 1", "1_000", "0x1F", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "", "abc", "3.0"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "-0x80", "z"} {
		n, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	i, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("zz", 36, 64)
	fmt.Println(i, err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "1e400", "0x1p-2", ".5", "5.", "1_0.5", "abc", "1e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 2))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.0, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012345, 'e', 3, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.Quote("hi\n\"there\"\x00é"), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'), strconv.FormatBool(true))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	uq, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", uq, err)
	uq, err = strconv.Unquote("bad")
	fmt.Printf("%q %v\n", uq, err)
	b := strconv.AppendInt([]byte("n="), -12, 10)
	b = append(b, strconv.Quote("q")...)
	fmt.Println(string(b))
	_, err = strconv.Atoi("12a")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	}
}
