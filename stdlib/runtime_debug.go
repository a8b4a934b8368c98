// Package debug: the runtime's debugging controls that gorun supports.
// Natives: SetGCPercent, FreeOSMemory.
package debug

// SetGCPercent sets the garbage collection target percentage (GOGC; negative turns the
// collector off) and returns the previous setting.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection and returns freed memory to the OS where it can.
func FreeOSMemory()
