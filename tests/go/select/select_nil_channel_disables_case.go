// run
//gorun:sorted

package main

import "fmt"

func emit(prefix string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 1; i <= n; i++ {
			ch <- fmt.Sprint(prefix, i)
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b := emit("a", 3), emit("b", 2)
	var got []string
	for a != nil || b != nil {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil // a nil channel is never ready: this case is off from now on
				fmt.Println("a closed")
				continue
			}
			got = append(got, s)
		case s, ok := <-b:
			if !ok {
				b = nil
				fmt.Println("b closed")
				continue
			}
			got = append(got, s)
		}
	}
	fmt.Println(len(got), "values merged")
}
