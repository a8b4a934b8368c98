// run

package main

import (
	"fmt"
	"sort"
)

func main() {
	scores := map[string]int{"mia": 90, "leo": 72, "ava": 85, "zed": 60, "bo": 85}
	names := make([]string, 0, len(scores))
	for name := range scores {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%-4s %3d\n", name, scores[name])
	}
	sort.Slice(names, func(i, j int) bool {
		if scores[names[i]] != scores[names[j]] {
			return scores[names[i]] > scores[names[j]]
		}
		return names[i] < names[j]
	})
	fmt.Println(names)
	total := 0
	for _, s := range scores {
		total += s
	}
	fmt.Println(total)
}
