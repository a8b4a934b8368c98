// run

package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println("empty:", len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println("two queued:", len(ch), cap(ch))
	ch <- "c"
	fmt.Println("full:", len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	close(ch)
	fmt.Println("closed, still queued:", len(ch), cap(ch))
	for s := range ch {
		fmt.Println("drained", s)
	}
	fmt.Println("drained:", len(ch), cap(ch))

	unbuf := make(chan int)
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf))
	var nilch chan int
	fmt.Println("nil channel:", len(nilch), cap(nilch), nilch == nil)
	zero := make(chan bool, 0)
	fmt.Println("make(chan bool, 0):", cap(zero))
	const n = 5
	sized := make(chan [2]int, n*2)
	fmt.Println("constant-expression size:", cap(sized))
}
