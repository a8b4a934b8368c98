// Package slices: functions on slices of any type. gorun has no type parameters yet: these are
// generic natives, declared here with placeholder signatures; the type checker instantiates each
// call from its arguments (src/types/generic.rs) and records the instantiated signature on the
// callee expression. Natives: every function below.
package slices

func All(s any) any
func BinarySearch(s any, target any) (int, bool)
func Clip(s any) any
func Clone(s any) any
func Collect(seq any) any
func Compact(s any) any
func CompactFunc(s any, eq any) any
func Compare(s1, s2 any) int
func Concat(slices ...any) any
func Contains(s any, v any) bool
func ContainsFunc(s any, f any) bool
func Delete(s any, i, j int) any
func DeleteFunc(s any, del any) any
func Equal(s1, s2 any) bool
func Grow(s any, n int) any
func Index(s any, v any) int
func IndexFunc(s any, f any) int
func Insert(s any, i int, v ...any) any
func IsSorted(s any) bool
func IsSortedFunc(s any, cmp any) bool
func Max(s any) any
func MaxFunc(s any, cmp any) any
func Min(s any) any
func MinFunc(s any, cmp any) any
func Repeat(s any, count int) any
func Replace(s any, i, j int, v ...any) any
func Reverse(s any)
func Sort(s any)
func SortFunc(s any, cmp any)
func SortStableFunc(s any, cmp any)
func Sorted(seq any) any
func Values(s any) any
