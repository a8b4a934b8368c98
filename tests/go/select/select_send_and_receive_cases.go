// run
//gorun:sorted

package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int, 1)

	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
		}
		close(in)
	}()

	received, sent := 0, 0
	for received < 3 || sent < 2 {
		var sendCh chan int
		if sent < 2 && len(out) == 0 {
			sendCh = out // enable the send case only while there is room
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			received++
			fmt.Println("received", v)
		case sendCh <- sent * 100:
			sent++
			fmt.Println("sent", <-out)
		}
	}
	fmt.Println("received", received, "sent", sent)
}
