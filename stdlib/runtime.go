// Package runtime: information about the running program.
// Natives: NumGoroutine, GOMAXPROCS, NumCPU, Gosched, Goexit, GC.
package runtime

// GOOS and GOARCH name the operating system and architecture gorun reports.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func Gosched()
func Goexit()
func GC()

// Error identifies a run-time error (index out of range, nil map write, ...).
type Error interface {
	error
	RuntimeError()
}

// LockOSThread and UnlockOSThread are accepted for compatibility; goroutines are not bound to
// threads in gorun.
func LockOSThread()   {}
func UnlockOSThread() {}
