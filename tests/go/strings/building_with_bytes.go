// run

package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	return s == reverse(s)
}

func main() {
	fmt.Println(reverse("Hello, 世界"))
	for _, w := range []string{"racecar", "gopher", "level", ""} {
		fmt.Println(w, isPalindrome(w))
	}
	var buf []byte
	for i := 0; i < 3; i++ {
		buf = append(buf, "ab"...)
		buf = append(buf, byte('0'+i))
	}
	fmt.Println(string(buf))
}
