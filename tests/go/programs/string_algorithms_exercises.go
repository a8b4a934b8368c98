// run

package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func rle(s string) string {
	var sb strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(runes[i])
		i = j
	}
	return sb.String()
}

func unrle(s string) string {
	var sb strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return sb.String()
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func sortedKey(w string) string {
	b := []byte(strings.ToLower(w))
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func vowelsAndConsonants(s string) (v, c int) {
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) {
			continue
		}
		if strings.ContainsRune("aeiou", r) {
			v++
		} else {
			c++
		}
	}
	return
}

func main() {
	for _, s := range []string{"aaabccddddd", "héééllo", "", "abc", "zzzzzzzzzzzz"} {
		e := rle(s)
		fmt.Printf("%q -> %q -> %q %v\n", s, e, unrle(e), unrle(e) == s)
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "été", ""} {
		fmt.Printf("%-32q palindrome=%t reversed=%q\n", s, isPalindrome(s), reverse(s))
	}
	groups := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google inlets banana Tinsel elgoog abc cab bca") {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-8s %v\n", k, groups[k])
	}
	text := "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!"
	for i, l := range wrap(text, 24) {
		fmt.Printf("%2d|%-24s|%2d\n", i, l, len(l))
	}
	fmt.Println(vowelsAndConsonants(text))
	fmt.Println(strings.Count(text, "o"), strings.Index(text, "fox"), strings.LastIndex(text, "o"))
	fmt.Println(strings.Fields("  a  b c  "), len(strings.Split("a,b,,c", ",")), strings.SplitN("a=b=c", "=", 2))
	title := strings.Map(func(r rune) rune {
		if r == ' ' {
			return '_'
		}
		return unicode.ToUpper(r)
	}, "snake case me")
	fmt.Println(title, strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"))
}
