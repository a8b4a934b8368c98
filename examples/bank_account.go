// A bank account: a struct with pointer methods and errors for invalid operations.
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance float64
	history []string
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %.2f: amount must be positive", amount)
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("deposit  %8.2f", amount))
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount > a.balance {
		return fmt.Errorf("withdraw %.2f: %w", amount, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("withdraw %8.2f", amount))
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

func main() {
	acct := &Account{Owner: "Ada"}
	steps := []struct {
		op     string
		amount float64
	}{
		{"deposit", 100}, {"withdraw", 30}, {"withdraw", 500}, {"deposit", -5}, {"deposit", 12.5},
	}
	for _, s := range steps {
		var err error
		if s.op == "deposit" {
			err = acct.Deposit(s.amount)
		} else {
			err = acct.Withdraw(s.amount)
		}
		if errors.Is(err, ErrInsufficientFunds) {
			fmt.Println("declined:", err)
		} else if err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("%s's balance: %.2f\n", acct.Owner, acct.Balance())
	for _, h := range acct.history {
		fmt.Println(h)
	}
}
