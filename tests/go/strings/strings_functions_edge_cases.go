// run

package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n\nc  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ", "), strings.Join([]string{"a", "b"}, ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("x", ""), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'), strings.IndexRune("chéese", 'e'), strings.IndexAny("golang", "ny"), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Println(strings.Contains("", ""), strings.ContainsAny("x", ""), strings.ContainsRune("abc", 'b'), strings.HasPrefix("x", ""), strings.HasSuffix("abc", "bc"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "", "-"))
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("ÀÉÎ ABC"), strings.Title("hello world"))
	fmt.Printf("%q %q %q %q\n", strings.TrimSpace("  \t x y \n "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabbcc", "ab"), strings.TrimRight("aabbcc", "bc"))
	fmt.Printf("%q %q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.TrimPrefix("abc", "x"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteByte('x')
	sb.WriteRune('世')
	sb.WriteString("!")
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.ContainsFunc("abc1", unicode.IsDigit))
	fmt.Println(strings.ToTitle("hi"), strings.Index("", "a"), strings.Index("abc", "abcd"))
	s, ok := strings.CutPrefix("foobar", "foo")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("foobar", "baz")
	fmt.Println(s, ok)
}
