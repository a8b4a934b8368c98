// errorcheck

package main

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	}
} // ERROR "missing return"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	}
} // ERROR "missing return"

func loop(n int) int {
	for i := 0; i < n; i++ {
		if i == 3 {
			return i
		}
	}
} // ERROR "missing return"

func forever() int {
	for {
	}
}

func panics() int {
	panic("no")
}

func complete(b bool) int {
	if b {
		return 1
	} else {
		return 0
	}
}

func main() {
	_, _, _, _, _, _ = grade(1), classify(1), loop(1), forever, panics, complete
}
