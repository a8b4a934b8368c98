// run

package main

import "fmt"

func main() {
	big := 300
	fmt.Println(int8(big), uint8(big), int16(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	x := 0x12345678
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x))
	var u uint64 = 1<<63 + 5
	fmt.Println(int64(u), int32(u), int(u))
	var i8 int8 = -128
	fmt.Println(uint8(i8), int16(i8), uint16(i8))
	var u32 uint32 = 4000000000
	fmt.Println(int32(u32), int64(u32))
}
