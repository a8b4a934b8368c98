// errorcheck

package main

import "strconv"

func parse(s string) (int, error) {
	if s == "" {
		return // ERROR "not enough return values\n\thave \(\)\n\twant \(int, error\)"
	}
	if s == "x" {
		return 0 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, error\)"
	}
	return strconv.Atoi(s)
}

func log(msg string) {
	return msg // ERROR "too many return values\n\thave \(string\)\n\twant \(\)"
}

func main() {
	n := strconv.Atoi("5") // ERROR "assignment mismatch: 1 variable but strconv.Atoi returns 2 values"
	x := parse("1") + 1 // ERROR "multiple-value parse\(\"1\"\) \(value of type \(int, error\)\) in single-value context"
	_, _ = n, x
}
