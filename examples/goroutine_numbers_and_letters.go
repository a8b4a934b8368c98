package main
import (
	"fmt"
	"time"
)

func printNumbers() {
	for i := 1; i <= 5; i++ {
		fmt.Println(i)
		time.Sleep(500 * time.Millisecond)
	}
}

func printLetters() {
	for c := 'A'; c <= 'E'; c++ {
		fmt.Println(string(c))
		time.Sleep(500 * time.Millisecond)
	}
}

func main() {
	go printNumbers()
	go printLetters()
	time.Sleep(3 * time.Second) // Wait for goroutines to finish
}
