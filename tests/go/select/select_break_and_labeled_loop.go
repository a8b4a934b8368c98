// run

package main

import "fmt"

func main() {
	ch := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
		quit <- true
	}()

	count := 0
loop:
	for {
		select {
		case v := <-ch:
			if v == 1 {
				break // leaves the select only
			}
			count++
			fmt.Println("value", v)
		case <-quit:
			break loop
		}
	}
	fmt.Println("counted", count)

	// continue inside a select continues the loop.
	data := make(chan int, 4)
	for _, v := range []int{1, 2, 3, 4} {
		data <- v
	}
	close(data)
	sum := 0
	for {
		select {
		case v, ok := <-data:
			if !ok {
				fmt.Println("sum of odd values:", sum)
				return
			}
			if v%2 == 0 {
				continue
			}
			sum += v
		}
	}
}
