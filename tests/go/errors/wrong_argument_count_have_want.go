// errorcheck

package main

func area(w, h float64) float64 { return w * h }

func greet(name string, times int) {}

type Account struct{}

func (a *Account) Deposit(amount float64) error { return nil }

func main() {
	_ = area(3) // ERROR "not enough arguments in call to area\n\thave \(number\)\n\twant \(float64, float64\)"
	greet("bob", 2, true) // ERROR "too many arguments in call to greet\n\thave \(string, number, bool\)\n\twant \(string, int\)"
	a := &Account{}
	a.Deposit() // ERROR "not enough arguments in call to a.Deposit\n\thave \(\)\n\twant \(float64\)"
}
