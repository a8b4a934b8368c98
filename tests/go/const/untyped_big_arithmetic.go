// run

package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 98
const Huge = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Huge)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	fmt.Println(uint64(math.MaxUint64 - 1))
	const k = 123456789012345678901234567890 % 1000000007
	fmt.Println(k)
	fmt.Println(math.MaxInt64, math.MinInt64)
	const x = (1<<63 - 1) / 3
	fmt.Println(x)
	fmt.Println(-7 / 2, -7 % 2, 7 >> 1, -7 >> 1)
}
