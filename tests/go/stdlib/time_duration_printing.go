// run

package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500 * time.Millisecond)
	fmt.Println(time.Duration(0), time.Nanosecond, 999*time.Nanosecond, time.Microsecond)
	fmt.Println(1500*time.Microsecond, time.Second, 90*time.Second, 2*time.Hour+3*time.Minute+4*time.Second)
	fmt.Println(-5*time.Second, time.Duration(1<<63-1))
	d := 3*time.Minute + 30*time.Second
	fmt.Println(d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), int64(d))
	fmt.Printf("%v %d %s %T\n", d, d, d, d)
	fmt.Println(time.Millisecond*500, 500*time.Millisecond == time.Second/2)
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Minute))
	timeout := 2 * time.Second
	fmt.Println("timeout:", timeout, timeout > time.Second)
}
