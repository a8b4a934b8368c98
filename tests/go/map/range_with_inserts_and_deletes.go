// run

package main

import "fmt"

// spec: "If a map entry that has not yet been reached is removed during iteration, the
// corresponding iteration value will not be produced. If a map entry is created during
// iteration, that entry may be produced during the iteration or may be skipped."
func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	deleted := map[int]bool{}
	for k := range m {
		seen[k]++
		if k < 1000 && !deleted[k] {
			// Delete a key not reached yet (or already reached), and add new keys so the
			// table grows and gets rebuilt during the loop.
			other := (k*37 + 11) % 1000
			if seen[other] == 0 {
				deleted[other] = true
			}
			delete(m, other)
			m[1000+k] = k
			m[2000+k] = k
		}
	}
	twice, reachedDeleted, old := 0, 0, 0
	for k, n := range seen {
		if n > 1 {
			twice++
		}
		if k < 1000 {
			old++
			if deleted[k] {
				reachedDeleted++
			}
		}
	}
	fmt.Println("produced twice:", twice)
	fmt.Println("deleted before reached but produced:", reachedDeleted)
	fmt.Println("old keys produced + deleted before reached:", old+len(deleted) >= 1000)

	// A sliding window: insert at one end, delete at the other.
	w := map[int]string{}
	for i := 0; i < 100000; i++ {
		w[i] = fmt.Sprint(i)
		if i >= 50 {
			delete(w, i-50)
		}
	}
	fmt.Println(len(w), w[99950], w[99999])
	_, ok := w[99949]
	fmt.Println(ok)

	// Delete everything during range, then reuse the map.
	for k := range w {
		delete(w, k)
	}
	fmt.Println(len(w), w)
	w[1] = "one"
	for k, v := range w {
		fmt.Println(k, v)
	}
}
