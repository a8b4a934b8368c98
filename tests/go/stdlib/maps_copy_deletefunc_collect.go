// run

package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"apple": 3, "pear": 0, "fig": 5}
	extra := map[string]int{"kiwi": 2, "apple": 10}
	maps.Copy(stock, extra)
	fmt.Println(stock)

	maps.DeleteFunc(stock, func(k string, v int) bool { return v == 0 })
	fmt.Println(stock)

	m := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(m)

	maps.Insert(m, maps.All(map[int]string{7: "seven"}))
	fmt.Println(m, len(m))
	fmt.Println(slices.Sorted(maps.Keys(stock)))
}
