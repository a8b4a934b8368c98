// run

package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	items := []Item{{"Widget", 2.5, 10}, {"Gadget", 13.999, 3}, {"Thingamajig", 0.1, 125}}
	fmt.Printf("%-12s %8s %5s\n", "NAME", "PRICE", "QTY")
	total := 0.0
	for _, it := range items {
		fmt.Printf("%-12s %8.2f %5d\n", it.Name, it.Price, it.Qty)
		total += it.Price * float64(it.Qty)
	}
	fmt.Printf("%-12s %8.2f\n", "TOTAL", total)
	line := fmt.Sprintf("%03d|%+.3e|%x", 7, 12345.678, "go")
	fmt.Println(line, len(line))
}
