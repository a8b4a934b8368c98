// run

package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	<-time.After(20 * time.Millisecond)
	fmt.Println("the timer fired; now nothing can wake main")
	<-ch
}
