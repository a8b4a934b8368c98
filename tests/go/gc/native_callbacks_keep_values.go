// run

package main

// Natives that call back into Go hold values across the calls: a snapshot of a map's entries
// (maps.DeleteFunc, ranging over maps.All) whose entries the Go code deletes, and an error list
// returned by Unwrap() []error. Each callback allocates, so the collector runs inside them; the
// values the native still holds must survive (the harness reruns this under gcstress too).

import (
	"errors"
	"fmt"
	"maps"
	"runtime"
	"sort"
	"strings"
)

type item struct {
	name string
	tags []string
}

func churn() {
	var s []*item
	for i := 0; i < 2000; i++ {
		s = append(s, &item{name: strings.Repeat("x", i%50)})
	}
	_ = s
	runtime.GC()
}

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { churn(); return m.errs }

type codeErr struct{ code string }

func (c *codeErr) Error() string { return "code " + c.code }

func build(n int) map[string]*item {
	m := map[string]*item{}
	for i := 0; i < n; i++ {
		k := fmt.Sprintf("key-%03d", i)
		m[k] = &item{name: strings.ToUpper(k), tags: []string{k + "-a", k + "-b"}}
	}
	return m
}

func main() {
	m := build(200)
	seen := 0
	maps.DeleteFunc(m, func(k string, v *item) bool {
		churn()
		if v.name != strings.ToUpper(k) || v.tags[1] != k+"-b" {
			panic("corrupt entry " + k)
		}
		seen++
		// Delete an entry not reached yet (the one after, in key order): Go's range does not
		// produce it, and it must not be handed over freed.
		var n int
		fmt.Sscanf(k, "key-%d", &n)
		delete(m, fmt.Sprintf("key-%03d", n+1))
		return n%4 == 0
	})
	fmt.Println("DeleteFunc visited", seen <= 200, "left", len(m) < 200)

	m = build(100)
	var names []string
	for k, v := range maps.All(m) {
		churn()
		var n int
		fmt.Sscanf(k, "key-%d", &n)
		delete(m, fmt.Sprintf("key-%03d", n+1))
		if v.name != strings.ToUpper(k) {
			panic("corrupt " + k)
		}
		names = append(names, v.tags[0])
	}
	sort.Strings(names)
	fmt.Println("range over maps.All visited", len(names) > 0, names[0] >= "key-")

	var target *codeErr
	err := fmt.Errorf("wrapped: %w", multi{errs: []error{errors.New("a"), &codeErr{code: "E42"}}})
	if errors.As(err, &target) {
		fmt.Println("errors.As found", target.code)
	}
}
