// run

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
}

var ErrNotFound = errors.New("item not found")
var ErrOutOfStock = errors.New("out of stock")

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(it Item) {
	if existing, ok := inv.items[it.SKU]; ok {
		existing.Qty += it.Qty
		return
	}
	cp := it
	inv.items[it.SKU] = &cp
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrNotFound)
	}
	if it.Qty < n {
		return fmt.Errorf("remove %d of %s (have %d): %w", n, it.Name, it.Qty, ErrOutOfStock)
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Item) bool) []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func (inv *Inventory) TotalValue() float64 {
	total := 0.0
	for _, it := range inv.items {
		total += it.Price * float64(it.Qty)
	}
	return total
}

func (it Item) String() string {
	return fmt.Sprintf("%-6s %-12s %8.2f x%3d [%s]", it.SKU, it.Name, it.Price, it.Qty, strings.Join(it.Tags, ","))
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A100", "Widget", 2.50, 10, []string{"tools"}})
	inv.Add(Item{"B200", "Gadget", 12.99, 3, []string{"tech", "gift"}})
	inv.Add(Item{"C300", "Doohickey", 0.75, 100, nil})
	inv.Add(Item{"A100", "Widget", 2.50, 5, nil})
	inv.Add(Item{"D400", "Thingamajig", 12.99, 7, []string{"gift"}})

	fmt.Println("By name:")
	for _, it := range inv.Sorted(func(a, b *Item) bool { return a.Name < b.Name }) {
		fmt.Println(" ", *it)
	}
	fmt.Println("By price desc, then SKU:")
	for _, it := range inv.Sorted(func(a, b *Item) bool {
		if a.Price != b.Price {
			return a.Price > b.Price
		}
		return a.SKU < b.SKU
	}) {
		fmt.Println(" ", it.SKU, it.Price)
	}
	fmt.Printf("Total value: $%.2f\n", inv.TotalValue())

	for _, req := range []struct {
		sku string
		n   int
	}{{"A100", 4}, {"B200", 5}, {"Z999", 1}, {"C300", 100}} {
		err := inv.Remove(req.sku, req.n)
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.Is(err, ErrOutOfStock):
			fmt.Println("short:", err)
		case err != nil:
			fmt.Println("other:", err)
		default:
			fmt.Println("ok", req.sku, "now", inv.items[req.sku].Qty)
		}
	}

	byTag := map[string][]string{}
	for sku, it := range inv.items {
		for _, t := range it.Tags {
			byTag[t] = append(byTag[t], sku)
		}
	}
	tags := make([]string, 0, len(byTag))
	for t := range byTag {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	for _, t := range tags {
		sort.Strings(byTag[t])
		fmt.Printf("%s: %v\n", t, byTag[t])
	}
	fmt.Println(byTag)
	fmt.Printf("%v\n", inv.items["B200"])
	fmt.Printf("%+v\n", *inv.items["C300"])
}
