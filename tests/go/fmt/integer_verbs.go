// run

package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 65, 0x1F600, 0x1F600)
	neg := -42
	fmt.Printf("%d|%x|%o|%b|%+d|%6d|%-6d|%06d\n", neg, neg, neg, neg, neg, neg, neg, neg)
	fmt.Printf("%08b|%3c|%-4q|\n", 5, 'z', 'y')
	fmt.Printf("%x %X\n", uint64(1<<64-1), int8(-1))
	fmt.Printf("%d %d %d\n", int8(-128), uint16(65535), int64(-1<<63))
	fmt.Printf("%v %v\n", byte(200), rune(0x4e16))
	fmt.Printf("%.3d|%8.3d|%-8.3d|%+.2d\n", 7, 7, 7, 7)
	fmt.Printf("%x|%X|% x|%#x\n", 3054, 3054, 3054, 3054)
}
