// run

package main

import (
	"fmt"
	"sync"
)

type Account struct {
	sync.Mutex // embedded: Lock and Unlock are promoted
	balance    int
}

func (a *Account) Deposit(n int) {
	a.Lock()
	a.balance += n
	a.Unlock()
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]*Account
}

func (b *Bank) Get(name string) *Account {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.accounts[name]
}

func main() {
	bank := &Bank{accounts: map[string]*Account{"ann": {}, "bob": {}}}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); bank.Get("ann").Deposit(1) }()
		go func() { defer wg.Done(); bank.Get("bob").Deposit(2) }()
	}
	wg.Wait()
	fmt.Println("ann:", bank.accounts["ann"].balance, "bob:", bank.accounts["bob"].balance)

	var locker sync.Locker = &sync.Mutex{}
	locker.Lock()
	fmt.Println("locked through the sync.Locker interface")
	locker.Unlock()
	rl := bank.mu.RLocker()
	rl.Lock()
	rl.Unlock()
	fmt.Println("RLocker works")
}
