// errorcheck

package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Inc() {} // ERROR "method Counter.Inc already declared at"

func (n int) Double() int { return n * 2 } // ERROR "cannot define new methods on non-local type int"

func main() {
	nums := []int{1, 2}
	append(nums, 3) // ERROR "append\(nums, 3\) \(value of type \[\]int\) is not used"
	m := map[string]int{"a": 1}
	p := &m["a"] // ERROR "invalid operation: cannot take address of m\[\"a\"\] \(map index expression of type int\)"
	n := 5
	_ = len(n) // ERROR "invalid argument: n \(variable of type int\) for built-in len"
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	n() // ERROR "invalid operation: cannot call n \(variable of type int\): int is not a function"
	bad := map[[]int]string{} // ERROR "invalid map key type \[\]int"
	defer recover // ERROR "expression in defer must be function call"
	_ = n / 0 // ERROR "invalid operation: division by zero"
	_, _ = p, bad
}
