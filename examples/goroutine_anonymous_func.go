package main
import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("Goroutine with anonymous function")
	}()
	time.Sleep(time.Second) // Allows goroutine to complete
}
