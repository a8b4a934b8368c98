// Package maps: functions on maps of any type. gorun has no type parameters yet: these are generic
// natives, declared here with placeholder signatures; the type checker instantiates each call from
// its arguments (src/types/generic.rs) and records the instantiated signature on the callee
// expression. Iterators are `func(yield func(K) bool)` / `func(yield func(K, V) bool)`.
// Natives: every function below.
package maps

func All(m any) any
func Clone(m any) any
func Collect(seq any) any
func Copy(dst, src any)
func DeleteFunc(m any, del any)
func Equal(m1, m2 any) bool
func Insert(m any, seq any)
func Keys(m any) any
func Values(m any) any
