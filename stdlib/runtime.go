// Package runtime: information about the running program.
// Natives: NumGoroutine, GOMAXPROCS, NumCPU, Gosched, Goexit, GC, readMemStats.
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

// MemStats records statistics about the memory allocator (the fields of Go's runtime.MemStats;
// gorun fills those its collector keeps and leaves the others zero).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

func readMemStats(s *[14]uint64)

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	var s [14]uint64
	readMemStats(&s)
	*m = MemStats{
		Alloc:        s[0],
		HeapAlloc:    s[0],
		TotalAlloc:   s[1],
		Sys:          s[2],
		Mallocs:      s[3],
		Frees:        s[4],
		HeapSys:      s[5],
		HeapIdle:     s[6],
		HeapInuse:    s[7],
		HeapObjects:  s[8],
		NextGC:       s[9],
		LastGC:       s[10],
		PauseTotalNs: s[11],
		NumGC:        uint32(s[12]),
		EnableGC:     true,
	}
	if m.NumGC > 0 {
		m.PauseNs[(m.NumGC+255)%256] = s[13]
	}
	m.GCSys = m.Sys - m.HeapSys
}
