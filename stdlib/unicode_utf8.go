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
