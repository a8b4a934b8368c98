// run

package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 0o52, 0O52, 052, 0b101010, 0B101010)
	fmt.Println(1_000_000, 0x_FF, 0b_1010_1010, 0o_17)
	fmt.Println('a', 'Z', '0', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600')
	fmt.Println(string('\u00e9'), string('\x41'))
	fmt.Println(1.5, .5, 1., 1e3, 1E-2, 0x1p4, 0x1.8p1, 1_000.000_1)
	fmt.Printf("%T %T %T\n", 'x', 1.0, 1)
}
