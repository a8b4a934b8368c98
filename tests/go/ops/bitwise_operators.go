// run

package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^0, ^5, ^-1)
	var u uint8 = 0b10110000
	fmt.Printf("%08b %08b\n", ^u, u&^0b10000000)
	x := 0xF0F0
	x &^= 0x00F0
	x |= 0x000F
	x ^= 0x1000
	fmt.Printf("%#x\n", x)
	var i8 int8 = -1
	fmt.Println(i8&0x7f, i8^1, uint8(i8)>>4)
}
