// run

package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))

	unbuf := make(chan int)
	fmt.Println("unbuffered, nobody waiting:", trySend(unbuf, 1))

	var nilch chan int
	fmt.Println("nil channel:", trySend(nilch, 1))
	v, ok := tryRecv(nilch)
	fmt.Println(v, ok)

	// Only a default: runs at once.
	select {
	default:
		fmt.Println("only default")
	}
}
