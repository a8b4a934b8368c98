// run

package main

import "fmt"

func main() {
	var s uint = 70
	var one int = 1
	fmt.Println(one<<s, one<<63, one<<64, -1>>s, int64(-8)>>2)
	var u8 uint8 = 0xFF
	fmt.Println(u8<<4, u8>>4, u8<<8, u8>>8, u8<<s)
	var i8 int8 = -1
	fmt.Println(i8<<7, i8>>7, i8>>100, i8<<100)
	var u32 uint32 = 1
	for _, n := range []uint{0, 1, 31, 32, 33, 63, 64, 200} {
		fmt.Print(u32<<n, " ", uint64(1)<<n, " ", int32(-16)>>n, " ")
	}
	fmt.Println()
	var i int = 5
	var sh int = 2
	fmt.Println(i<<sh, i>>sh, 1<<sh)
	var fl float64 = float64(1 << 10)
	fmt.Println(fl)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	neg := -3
	fmt.Println(i << neg)
}
