// Package utf8. Natives: RuneCountInString, RuneCount, DecodeRuneInString, DecodeLastRuneInString,
// ValidString, Valid, RuneLen.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneCountInString(s string) (n int)
func RuneCount(p []byte) int
func DecodeRuneInString(s string) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func DecodeRune(p []byte) (rune, int)
func ValidString(s string) bool
func Valid(p []byte) bool
func RuneLen(r rune) int
func ValidRune(r rune) bool

func EncodeRune(p []byte, r rune) int {
	s := string(r)
	copy(p, s)
	return len(s)
}

func AppendRune(p []byte, r rune) []byte {
	return append(p, string(r)...)
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool {
	return FullRuneInString(string(p))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c := s[0]
	switch {
	case c < 0xC0:
		return true
	case c < 0xE0:
		return n >= 2 || !continuation(s, 1)
	case c < 0xF0:
		return n >= 3 || !continuation(s, n)
	default:
		return n >= 4 || !continuation(s, n)
	}
}

// continuation reports whether the bytes of s before position n (after the first) are all
// continuation bytes, i.e. whether a longer input could still complete the rune.
func continuation(s string, n int) bool {
	for i := 1; i < n && i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return false
		}
	}
	return true
}

