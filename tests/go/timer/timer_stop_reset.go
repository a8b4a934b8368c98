// run

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	fmt.Println("Stop after firing:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("Stop before firing:", t2.Stop())
	fmt.Println("Stop again:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stopped timer delivered a value")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped timer stays silent")
	}

	fmt.Println("Reset of stopped timer:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("reset timer fired")

	t3 := time.NewTimer(time.Hour)
	fmt.Println("Reset of active timer:", t3.Reset(15*time.Millisecond))
	start := time.Now()
	<-t3.C
	el := time.Since(start)
	fmt.Println("fired after the new duration, not an hour:", el < time.Minute)

	// A timer in a select that is never chosen can be stopped.
	t4 := time.NewTimer(time.Hour)
	quick := make(chan bool, 1)
	quick <- true
	select {
	case <-t4.C:
		fmt.Println("hour passed?")
	case <-quick:
		fmt.Println("work done before timeout; stopping timer:", t4.Stop())
	}
}
