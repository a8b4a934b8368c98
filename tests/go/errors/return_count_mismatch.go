// errorcheck

package main

func pair() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func none() {
	return 5 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)"
}

func main() {
	pair()
	none()
}
