// run

package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.
Naïve café-goers said: "Ünïcödé?" — yes!`

type wordCount struct {
	word  string
	count int
}

func main() {
	lines := strings.Split(text, "\n")
	fmt.Println("lines:", len(lines))
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\''
	})
	fmt.Println("words:", len(words))

	freq := make(map[string]int)
	longest := ""
	for _, w := range words {
		lw := strings.ToLower(w)
		freq[lw]++
		if len([]rune(lw)) > len([]rune(longest)) {
			longest = lw
		}
	}
	fmt.Println("unique:", len(freq), "longest:", longest)

	var wc []wordCount
	for w, c := range freq {
		wc = append(wc, wordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].count != wc[j].count {
			return wc[i].count > wc[j].count
		}
		return wc[i].word < wc[j].word
	})
	for _, e := range wc[:6] {
		fmt.Printf("%-8s %3d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}

	var letters, upper, digits, spaces, punct, other, bytes int
	runes := 0
	for _, r := range text {
		runes++
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		default:
			other++
		}
	}
	bytes = len(text)
	fmt.Println(letters, upper, digits, spaces, punct, other, runes, bytes)

	letterFreq := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letterFreq[r]++
		}
	}
	keys := make([]rune, 0)
	for r := range letterFreq {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var sb strings.Builder
	for _, r := range keys {
		fmt.Fprintf(&sb, "%c=%d ", r, letterFreq[r])
	}
	fmt.Println(strings.TrimSpace(sb.String()))

	sentences := 0
	for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '?' }) {
		if strings.TrimSpace(s) != "" {
			sentences++
		}
	}
	fmt.Printf("sentences=%d avg word len=%.3f\n", sentences, float64(letters)/float64(len(words)))
	fmt.Println(strings.Title("hello world"), strings.ToUpper("naïve"), strings.EqualFold("ÜNÏ", "ünï"))
}
