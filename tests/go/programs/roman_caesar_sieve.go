// run

package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

var romanVals = []struct {
	v int
	s string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman(%d): out of range", n)
	}
	var sb strings.Builder
	for _, rv := range romanVals {
		for n >= rv.v {
			sb.WriteString(rv.s)
			n -= rv.v
		}
	}
	return sb.String(), nil
}

func fromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, errors.New("bad numeral " + string(s[i]))
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		case unicode.IsDigit(r):
			return -1 // drop digits
		}
		return r
	}, s)
}

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		back, _ := fromRoman(r)
		fmt.Printf("%4d = %-12s -> %d\n", n, r, back)
	}
	_, err := fromRoman("XIZ")
	fmt.Println(err)

	msg := "Hello, World! Meet at 10pm."
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(caesar("xyz ABC", 29), caesar("abc", -27))

	p := sieve(100)
	fmt.Println(len(p), p)
	fmt.Println(p[len(p)-5:], cap(p) >= len(p))
	for _, n := range []int{360, 97, 1001, 1 << 20, 999999} {
		fmt.Println(n, factorize(n))
	}
	twin := 0
	for i := 1; i < len(p); i++ {
		if p[i]-p[i-1] == 2 {
			twin++
		}
	}
	fmt.Println("twin pairs:", twin)
}
