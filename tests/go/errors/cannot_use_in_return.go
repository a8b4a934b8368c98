// errorcheck

package main

func half(n int) int {
	return float64(n) / 2 // ERROR "cannot use float64\(n\) / 2 \(value of type float64\) as int value in return statement"
}

func main() {
	_ = half(3)
}
