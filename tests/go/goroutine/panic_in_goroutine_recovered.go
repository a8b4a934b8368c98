// run

package main

import (
	"errors"
	"fmt"
)

func safeGo(name string, f func(), report chan<- string) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				report <- fmt.Sprintf("%s recovered: %v", name, r)
				return
			}
			report <- name + " finished"
		}()
		f()
	}()
}

func main() {
	report := make(chan string)
	safeGo("ok", func() {}, report)
	fmt.Println(<-report)
	safeGo("div", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	}, report)
	fmt.Println(<-report)
	safeGo("err", func() { panic(errors.New("custom error")) }, report)
	fmt.Println(<-report)
	safeGo("index", func() {
		s := []int{1}
		i := 5
		_ = s[i]
	}, report)
	fmt.Println(<-report)
	fmt.Println("main still running")
}
