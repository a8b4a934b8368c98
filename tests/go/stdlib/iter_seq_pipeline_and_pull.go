// run

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Year   int
	Pages  int
}

type Library struct {
	books []Book
}

func (l *Library) All() iter.Seq2[int, Book] {
	return func(yield func(int, Book) bool) {
		for i, b := range l.books {
			if !yield(i, b) {
				return
			}
		}
	}
}

func (l *Library) Filter(pred func(Book) bool) iter.Seq[Book] {
	return func(yield func(Book) bool) {
		for _, b := range l.books {
			if pred(b) && !yield(b) {
				return
			}
		}
	}
}

func Titles(seq iter.Seq[Book]) iter.Seq[string] {
	return func(yield func(string) bool) {
		for b := range seq {
			if !yield(strings.ToUpper(b.Title)) {
				return
			}
		}
	}
}


func countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("  (stopped early at", i, ")")
				return
			}
		}
	}
}

func main() {
	lib := &Library{books: []Book{
		{"Dune", "Herbert", 1965, 412},
		{"Neuromancer", "Gibson", 1984, 271},
		{"Foundation", "Asimov", 1951, 255},
		{"Hyperion", "Simmons", 1989, 482},
		{"I, Robot", "Asimov", 1950, 253},
	}}
	for i, b := range lib.All() {
		fmt.Printf("%d %-12s %d\n", i, b.Title, b.Year)
		if i == 2 {
			break
		}
	}
	old := lib.Filter(func(b Book) bool { return b.Year < 1970 })
	for t := range Titles(old) {
		fmt.Println(" ", t)
	}
	fmt.Println(slices.Collect(Titles(lib.Filter(func(b Book) bool { return b.Pages > 400 }))))
	byAuthor := map[string]int{}
	for _, b := range lib.All() {
		byAuthor[b.Author]++
	}
	for _, a := range slices.Sorted(maps.Keys(byAuthor)) {
		fmt.Print(a, "=", byAuthor[a], " ")
	}
	fmt.Println()
	for n := range countdown(5) {
		if n == 2 {
			break
		}
		fmt.Println(n)
	}
	total := 0
	for range countdown(3) {
		total++
	}
	fmt.Println("total", total)
	next, stop := iter.Pull(iter.Seq[int](countdown(3)))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
