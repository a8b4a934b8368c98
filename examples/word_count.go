// Word count: maps, strings.Fields and sorting the keys for a stable report.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness`

func main() {
	counts := make(map[string]int)
	for _, word := range strings.Fields(text) {
		word = strings.ToLower(strings.Trim(word, ".,;"))
		counts[word]++
	}

	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})

	fmt.Printf("%d distinct words\n", len(words))
	for _, w := range words {
		fmt.Printf("%-12s %d\n", w, counts[w])
	}
}
