// run

package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {-1, 5}}
	for _, p := range pairs {
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}
	var m8 int8 = math.MinInt8
	var neg1 int8 = -1
	fmt.Println(m8/neg1, m8%neg1)
	var m64 int64 = math.MinInt64
	var n64 int64 = -1
	fmt.Println(m64/n64, m64%n64)
	fmt.Println(math.Mod(-7, 2), math.Remainder(7, 2))
	fmt.Println(-7>>1, -1>>10, -8/4)
}
