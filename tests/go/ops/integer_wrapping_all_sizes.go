// run

package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	var i16 int16 = math.MaxInt16
	var i32 int32 = math.MaxInt32
	var i64 int64 = math.MaxInt64
	var u8 uint8 = math.MaxUint8
	var u16 uint16 = math.MaxUint16
	var u32 uint32 = math.MaxUint32
	var u64 uint64 = math.MaxUint64
	var u uint = math.MaxUint
	var ip uintptr = 0
	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	u++
	ip--
	fmt.Println(i8, i16, i32, i64, u8, u16, u32, u64, u, ip)
	i8--
	i16 -= 2
	fmt.Println(i8, i16)

	var a int8 = -128
	fmt.Println(-a, a/-1, a*-1, a%-1)
	var b int32 = math.MinInt32
	fmt.Println(-b, b/-1, b%-1)
	var c int64 = math.MinInt64
	fmt.Println(-c, c/-1, c%-1)

	var m8 int8 = 100
	fmt.Println(m8*2, m8+m8, m8*m8)
	var mu8 uint8 = 200
	fmt.Println(mu8*2, mu8+100, -mu8, ^mu8, mu8<<1, mu8>>1)
	var mu16 uint16 = 0
	fmt.Println(mu16-1, ^mu16, -mu16)
	var x uint32 = 1 << 31
	fmt.Println(x*2, x<<1, x+x, x*3)
	var y int64 = 1 << 62
	fmt.Println(y*2, y*4, y<<1)
	fmt.Println(^0, ^int8(5), ^uint32(0), -(-128))
	var big uint64 = 1<<64 - 1
	fmt.Println(big, big*big, big+2, big/3)
	var sh int16 = -32768
	fmt.Println(sh>>15, sh>>1, uint16(sh)>>15, sh<<1)
	fmt.Println(int8(u8-1), uint8(i8), int16(u16-1), uint32(int32(i8)), int64(u64-1))
	f := 300.7
	fmt.Println(int(f), uint8(int(f)), int8(int(f)))
	var cnt uint8
	for i := 0; i < 1000; i++ {
		cnt += 7
	}
	fmt.Println(cnt)
	h := uint32(2166136261)
	for _, ch := range []byte("hash me") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h)
	var h64 uint64 = 14695981039346656037
	for _, ch := range []byte("hash me") {
		h64 ^= uint64(ch)
		h64 *= 1099511628211
	}
	fmt.Println(h64)
}
