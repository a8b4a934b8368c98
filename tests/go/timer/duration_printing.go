// run

package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		1500 * time.Microsecond,
		time.Millisecond,
		1234567 * time.Nanosecond,
		time.Second,
		1500 * time.Millisecond,
		90 * time.Second,
		time.Hour,
		2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-5 * time.Second,
		-1,
		1<<63 - 1,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 2*time.Minute + 30*time.Second
	fmt.Println(d.Seconds(), d.Minutes(), d.Hours())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Minute), (1499 * time.Millisecond).Round(time.Second))
	fmt.Printf("%v %d %s %T\n", d, d, d, d)
	fmt.Println(time.Duration(3) * time.Second / 2)
	fmt.Println((-90 * time.Second).Abs())
}
