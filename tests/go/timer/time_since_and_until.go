// run

package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("elapsed >= 20ms:", el >= 20*time.Millisecond, "and < 10s:", el < 10*time.Second)
	later := start.Add(time.Hour)
	fmt.Println("Until is positive:", time.Until(later) > 0)
	fmt.Println("Sub:", later.Sub(start))
	fmt.Println("monotonic order:", time.Now().After(start))

	// Sleeping goroutines do not hold up each other: three 200ms sleeps overlap (600ms in a row).
	t0 := time.Now()
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			time.Sleep(200 * time.Millisecond)
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	par := time.Since(t0)
	fmt.Println("parallel sleeps overlap:", par >= 200*time.Millisecond && par < 550*time.Millisecond)
}
