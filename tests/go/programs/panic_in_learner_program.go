// run

package main

import (
	"errors"
	"fmt"
)

type Account struct {
	Owner   string
	Balance int
}

var ErrOverdraft = errors.New("overdraft")

func (a *Account) MustWithdraw(n int) {
	if n > a.Balance {
		panic(fmt.Errorf("withdraw %d from %s: %w", n, a.Owner, ErrOverdraft))
	}
	a.Balance -= n
}

func safeWithdraw(a *Account, n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("unexpected panic: %v", r)
		}
	}()
	a.MustWithdraw(n)
	return nil
}

func average(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	acct := &Account{"ann", 100}
	fmt.Println(safeWithdraw(acct, 30), acct.Balance)
	err := safeWithdraw(acct, 500)
	fmt.Println(err, errors.Is(err, ErrOverdraft), acct.Balance)
	var nobody *Account
	fmt.Println(safeWithdraw(nobody, 1))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(average([]int{1, 2, 3}))
		fmt.Println(average(nil))
	}()
	accounts := map[string]*Account{"bob": {"bob", 5}}
	defer fmt.Println("deferred before crash runs")
	accounts["carol"].MustWithdraw(1)
}
