// run

package main

import "fmt"

type item struct {
	name string
	qty  int
}

func main() {
	ch := make(chan item, 3)
	ch <- item{"apple", 2}
	ch <- item{"pear", 5}
	close(ch)
	// Values sent before close are still delivered, then the zero value forever.
	for i := 0; i < 4; i++ {
		fmt.Printf("%+v\n", <-ch)
	}

	errs := make(chan error, 1)
	close(errs)
	fmt.Println("zero error:", <-errs)

	fs := make(chan func() int)
	close(fs)
	fmt.Println("zero func is nil:", <-fs == nil)

	ms := make(chan map[string]int)
	close(ms)
	fmt.Println("zero map len:", len(<-ms))
}
