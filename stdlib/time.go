// Package time: Duration and its printing; Sleep, Now and Since are natives.
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns the duration formatted like "72h3m0.5s" (Go's algorithm).
func (d Duration) String() string {
	var arr [32]byte
	n := d.format(&arr)
	return string(arr[n:])
}

func (d Duration) format(buf *[32]byte) int {
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return w
}

func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64   { return int64(d) }
func (d Duration) Microseconds() int64  { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64  { return int64(d) / 1e6 }
func (d Duration) Seconds() float64     { return float64(d/Second) + float64(d%Second)/1e9 }
func (d Duration) Minutes() float64     { return float64(d/Minute) + float64(d%Minute)/(60*1e9) }
func (d Duration) Hours() float64       { return float64(d/Hour) + float64(d%Hour)/(60*60*1e9) }

// Time is an instant with nanosecond precision (wall clock, since the Unix epoch).
type Time struct {
	ns int64
}

func now() int64

func Now() Time                        { return Time{now()} }
func Since(t Time) Duration            { return Duration(now() - t.ns) }
func (t Time) Sub(u Time) Duration     { return Duration(t.ns - u.ns) }

// String has no native yet: printing a Time needs the calendar and time zones, which gorun
// does not have, so a program that prints one is refused ("not supported yet") rather than
// shown this struct's field.
func (t Time) String() string
func (t Time) Unix() int64             { return t.ns / 1e9 }
func (t Time) UnixNano() int64         { return t.ns }
func (t Time) UnixMilli() int64        { return t.ns / 1e6 }
func (t Time) Add(d Duration) Time     { return Time{t.ns + int64(d)} }
func (t Time) Before(u Time) bool      { return t.ns < u.ns }
func (t Time) After(u Time) bool       { return t.ns > u.ns }

func Sleep(d Duration)

func (t Time) Equal(u Time) bool      { return t.ns == u.ns }
func (t Time) IsZero() bool           { return t.ns == 0 }
func (t Time) UnixMicro() int64       { return t.ns / 1e3 }
func Until(t Time) Duration           { return Duration(t.ns - now()) }
func Unix(sec int64, nsec int64) Time { return Time{sec*1e9 + nsec} }

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m (halfway values away
// from zero).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// After waits for the duration to elapse and then sends the current time on the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Tick returns a channel delivering the current time at intervals of d (nil if d <= 0).
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// A Timer sends the current time on C once, after its duration, unless stopped first.
// The runtime's timer heap does the waiting (no goroutine sleeps for it).
type Timer struct {
	C  <-chan Time
	c  chan Time
	id int64
	f  func()
}

// startTimer arms a runtime timer that sends on c (or starts f in a goroutine) after d, then
// every period if period > 0; it returns the timer's id.
func startTimer(c chan Time, d int64, period int64, f func()) int64

// stopTimer disarms timer id and drops a value it left unreceived in c; it reports whether the
// timer was still pending.
func stopTimer(id int64, c chan Time) bool

// resetTimer re-arms timer id to fire after d (then every period if period > 0).
func resetTimer(id int64, c chan Time, d int64, period int64, f func()) bool

// NewTimer creates a Timer that sends the current time on its channel after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.id = startTimer(c, int64(d), 0, nil)
	return t
}

// Stop prevents the Timer from firing; it reports whether the call stopped the timer.
func (t *Timer) Stop() bool {
	return stopTimer(t.id, t.c)
}

// Reset changes the timer to expire after duration d; it reports whether the timer had been
// active.
func (t *Timer) Reset(d Duration) bool {
	return resetTimer(t.id, t.c, int64(d), 0, t.f)
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.id = startTimer(nil, int64(d), 0, f)
	return t
}

// A Ticker delivers the current time on C at intervals.
type Ticker struct {
	C  <-chan Time
	c  chan Time
	id int64
}

// NewTicker returns a Ticker sending the time on its channel every d (d must be positive).
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.id = startTimer(c, int64(d), int64(d), nil)
	return t
}

// Stop turns off the ticker.
func (t *Ticker) Stop() {
	stopTimer(t.id, t.c)
}

// Reset stops the ticker and resets its period to d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	resetTimer(t.id, t.c, int64(d), int64(d), nil)
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

func quote(s string) string {
	return "\"" + s + "\""
}

type durationError struct{ msg string }

func (e *durationError) Error() string { return e.msg }

// leadingInt consumes the leading [0-9]* from s.
func leadingInt(s string) (x uint64, rem string, ok bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, rem, false
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, rem, false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes the leading [0-9]* from s (the digits after a decimal point).
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &durationError{"time: invalid duration " + quote(orig)}
	}
	for s != "" {
		var (
			v, f  uint64
			scale float64 = 1
		)
		var err bool
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, &durationError{"time: invalid duration " + quote(orig)}
		}
		pl := len(s)
		var ok bool
		v, s, ok = leadingInt(s)
		err = !ok
		if err {
			return 0, &durationError{"time: invalid duration " + quote(orig)}
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, &durationError{"time: invalid duration " + quote(orig)}
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, &durationError{"time: missing unit in duration " + quote(orig)}
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, &durationError{"time: unknown unit " + quote(u) + " in duration " + quote(orig)}
		}
		if v > 1<<63/unit {
			return 0, &durationError{"time: invalid duration " + quote(orig)}
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, &durationError{"time: invalid duration " + quote(orig)}
			}
		}
		d += v
		if d > 1<<63 {
			return 0, &durationError{"time: invalid duration " + quote(orig)}
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, &durationError{"time: invalid duration " + quote(orig)}
	}
	return Duration(d), nil
}
