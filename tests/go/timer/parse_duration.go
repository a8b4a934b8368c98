// run

package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h15m30.5s", "300ms", "-1.5h", "2us", "1µs", "0", "1h1h", "+5m"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, "=>", d, err)
	}
	for _, s := range []string{"12 parsecs", "", "1", "h", "1.5.5s"} {
		_, err := time.ParseDuration(s)
		fmt.Println(err)
	}
}
