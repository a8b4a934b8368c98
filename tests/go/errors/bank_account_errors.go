// run

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")

type TxError struct {
	Op     string
	Amount float64
	Err    error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %.2f: %v", e.Op, e.Amount, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	Owner   string
	Balance float64
	History []string
}

func (a *Account) Deposit(x float64) error {
	if x <= 0 {
		return &TxError{"deposit", x, errors.New("non-positive amount")}
	}
	a.Balance += x
	a.History = append(a.History, fmt.Sprintf("+%.2f", x))
	return nil
}

func (a *Account) Withdraw(x float64) error {
	if x > a.Balance {
		return &TxError{"withdraw", x, ErrInsufficient}
	}
	a.Balance -= x
	a.History = append(a.History, fmt.Sprintf("-%.2f", x))
	return nil
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Transfer(from, to string, amt float64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s: %w", from, to, err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	return dst.Deposit(amt)
}

func main() {
	b := Bank{accounts: map[string]*Account{}}
	for _, name := range []string{"ann", "bob"} {
		b.accounts[name] = &Account{Owner: name}
	}
	fmt.Println(b.accounts["ann"].Deposit(100), b.accounts["bob"].Deposit(-5))
	errs := []error{
		b.Transfer("ann", "bob", 30.5),
		b.Transfer("ann", "bob", 100),
		b.Transfer("ann", "zed", 1),
		b.Transfer("bob", "ann", 0),
	}
	for i, err := range errs {
		var te *TxError
		fmt.Printf("%d: %v | insufficient=%t | tx=%t", i, err, errors.Is(err, ErrInsufficient), errors.As(err, &te))
		if te != nil {
			fmt.Printf(" op=%s", te.Op)
		}
		fmt.Println()
	}
	names := make([]string, 0)
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := b.accounts[n]
		fmt.Printf("%-5s %8.2f %s\n", a.Owner, a.Balance, strings.Join(a.History, ","))
	}
	fmt.Printf("%+v\n", *b.accounts["bob"])
}
