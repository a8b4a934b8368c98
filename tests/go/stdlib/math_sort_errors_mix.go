// run

package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Q   string
	Err error
}

func (e *QueryErr) Error() string { return e.Q + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type person struct {
	name string
	age  int
}

func main() {
	fmt.Println(math.Max(3, 7), math.Min(-0.0, 0), math.Abs(-2.5), math.Pow(2, 10), math.Pow(2, -1), math.Pow(0, -1))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3), math.Hypot(3, 4), math.Cbrt(27), math.Log2(8), math.Log10(0.001), math.Log(1))
	fmt.Println(math.Ceil(1.1), math.Floor(-1.1), math.Round(2.5), math.RoundToEven(2.5), math.Trunc(-1.9), math.Signbit(-0.0))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.Sqrt(-1), math.Inf(1)-math.Inf(1), math.Exp(1), math.Sin(0), math.Cos(math.Pi), math.Atan2(1, 1))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Tan(math.Pi/4), math.Asin(1))
	frac, ip := math.Modf(3.75)
	fmt.Println(frac, ip, math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, math.Max(nan, 1), math.Min(1, nan))

	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.SearchInts(xs, 4), sort.IntsAreSorted(xs))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	fs := []float64{2.5, math.Inf(-1), -1, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	ss := []string{"b", "A", "a", "B"}
	sort.Strings(ss)
	fmt.Println(ss, sort.SearchStrings(ss, "a"))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)

	err := fmt.Errorf("lookup failed: %w", &QueryErr{"users", ErrNotFound})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) != nil, errors.Unwrap(errors.Unwrap(errors.Unwrap(err))))
	var qe *QueryErr
	if errors.As(err, &qe) {
		fmt.Println("as:", qe.Q)
	}
	joined := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Println(joined, errors.Is(joined, ErrNotFound))
	fmt.Println(errors.Join(nil, nil) == nil)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), e1.Error() == e2.Error())
	wrapped2 := fmt.Errorf("two: %w and %w", e1, ErrNotFound)
	fmt.Println(wrapped2, errors.Is(wrapped2, e1), errors.Is(wrapped2, ErrNotFound))
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Is(fmt.Errorf("x %v", ErrNotFound), ErrNotFound))
}
