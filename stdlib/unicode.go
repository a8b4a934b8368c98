// Package unicode. Natives: the predicates and case mappings (Go's tables). The range tables
// (RangeTable, Is, In, IsOneOf and a subset of the script tables) are Go's own, in Go.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsPunct(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune

// ---- range tables (Go's unicode/letter.go and a subset of unicode/tables.go) ----

// RangeTable defines a set of Unicode code points by listing the ranges of code points within
// the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

const linearMax = 18

// is16 reports whether r is in the sorted slice of 16-bit ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		range_ := &ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted slice of 32-bit ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		range_ := ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// Script tables (a subset of Go's: the scripts learners meet most).
var (
	Han = _Han // Han script
	Latin = _Latin // Latin script
	Greek = _Greek // Greek script
	Cyrillic = _Cyrillic // Cyrillic script
	Arabic = _Arabic // Arabic script
	Hebrew = _Hebrew // Hebrew script
	Hiragana = _Hiragana // Hiragana script
	Katakana = _Katakana // Katakana script
	Hangul = _Hangul // Hangul script
	Devanagari = _Devanagari // Devanagari script
	Thai = _Thai // Thai script
	Armenian = _Armenian // Armenian script
	Georgian = _Georgian // Georgian script
)

var _Han = &RangeTable{
	R16: []Range16{
		{0x2e80, 0x2e99, 1},
		{0x2e9b, 0x2ef3, 1},
		{0x2f00, 0x2fd5, 1},
		{0x3005, 0x3007, 2},
		{0x3021, 0x3029, 1},
		{0x3038, 0x303b, 1},
		{0x3400, 0x4dbf, 1},
		{0x4e00, 0x9fff, 1},
		{0xf900, 0xfa6d, 1},
		{0xfa70, 0xfad9, 1},
	},
	R32: []Range32{
		{0x16fe2, 0x16fe3, 1},
		{0x16ff0, 0x16ff6, 1},
		{0x20000, 0x2a6df, 1},
		{0x2a700, 0x2b81d, 1},
		{0x2b820, 0x2cead, 1},
		{0x2ceb0, 0x2ebe0, 1},
		{0x2ebf0, 0x2ee5d, 1},
		{0x2f800, 0x2fa1d, 1},
		{0x30000, 0x3134a, 1},
		{0x31350, 0x33479, 1},
	},
}

var _Latin = &RangeTable{
	R16: []Range16{
		{0x0041, 0x005a, 1},
		{0x0061, 0x007a, 1},
		{0x00aa, 0x00ba, 16},
		{0x00c0, 0x00d6, 1},
		{0x00d8, 0x00f6, 1},
		{0x00f8, 0x02b8, 1},
		{0x02e0, 0x02e4, 1},
		{0x1d00, 0x1d25, 1},
		{0x1d2c, 0x1d5c, 1},
		{0x1d62, 0x1d65, 1},
		{0x1d6b, 0x1d77, 1},
		{0x1d79, 0x1dbe, 1},
		{0x1e00, 0x1eff, 1},
		{0x2071, 0x207f, 14},
		{0x2090, 0x209c, 1},
		{0x212a, 0x212b, 1},
		{0x2132, 0x214e, 28},
		{0x2160, 0x2188, 1},
		{0x2c60, 0x2c7f, 1},
		{0xa722, 0xa787, 1},
		{0xa78b, 0xa7dc, 1},
		{0xa7f1, 0xa7ff, 1},
		{0xab30, 0xab5a, 1},
		{0xab5c, 0xab64, 1},
		{0xab66, 0xab69, 1},
		{0xfb00, 0xfb06, 1},
		{0xff21, 0xff3a, 1},
		{0xff41, 0xff5a, 1},
	},
	R32: []Range32{
		{0x10780, 0x10785, 1},
		{0x10787, 0x107b0, 1},
		{0x107b2, 0x107ba, 1},
		{0x1df00, 0x1df1e, 1},
		{0x1df25, 0x1df2a, 1},
	},
	LatinOffset: 5,
}

var _Greek = &RangeTable{
	R16: []Range16{
		{0x0370, 0x0373, 1},
		{0x0375, 0x0377, 1},
		{0x037a, 0x037d, 1},
		{0x037f, 0x0384, 5},
		{0x0386, 0x0388, 2},
		{0x0389, 0x038a, 1},
		{0x038c, 0x038e, 2},
		{0x038f, 0x03a1, 1},
		{0x03a3, 0x03e1, 1},
		{0x03f0, 0x03ff, 1},
		{0x1d26, 0x1d2a, 1},
		{0x1d5d, 0x1d61, 1},
		{0x1d66, 0x1d6a, 1},
		{0x1dbf, 0x1f00, 321},
		{0x1f01, 0x1f15, 1},
		{0x1f18, 0x1f1d, 1},
		{0x1f20, 0x1f45, 1},
		{0x1f48, 0x1f4d, 1},
		{0x1f50, 0x1f57, 1},
		{0x1f59, 0x1f5f, 2},
		{0x1f60, 0x1f7d, 1},
		{0x1f80, 0x1fb4, 1},
		{0x1fb6, 0x1fc4, 1},
		{0x1fc6, 0x1fd3, 1},
		{0x1fd6, 0x1fdb, 1},
		{0x1fdd, 0x1fef, 1},
		{0x1ff2, 0x1ff4, 1},
		{0x1ff6, 0x1ffe, 1},
		{0x2126, 0xab65, 35391},
	},
	R32: []Range32{
		{0x10140, 0x1018e, 1},
		{0x101a0, 0x1d200, 53344},
		{0x1d201, 0x1d245, 1},
	},
}

var _Cyrillic = &RangeTable{
	R16: []Range16{
		{0x0400, 0x0484, 1},
		{0x0487, 0x052f, 1},
		{0x1c80, 0x1c8a, 1},
		{0x1d2b, 0x1d78, 77},
		{0x2de0, 0x2dff, 1},
		{0xa640, 0xa69f, 1},
		{0xfe2e, 0xfe2f, 1},
	},
	R32: []Range32{
		{0x1e030, 0x1e06d, 1},
		{0x1e08f, 0x1e08f, 1},
	},
}

var _Arabic = &RangeTable{
	R16: []Range16{
		{0x0600, 0x0604, 1},
		{0x0606, 0x060b, 1},
		{0x060d, 0x061a, 1},
		{0x061c, 0x061e, 1},
		{0x0620, 0x063f, 1},
		{0x0641, 0x064a, 1},
		{0x0656, 0x066f, 1},
		{0x0671, 0x06dc, 1},
		{0x06de, 0x06ff, 1},
		{0x0750, 0x077f, 1},
		{0x0870, 0x0891, 1},
		{0x0897, 0x08e1, 1},
		{0x08e3, 0x08ff, 1},
		{0xfb50, 0xfd3d, 1},
		{0xfd40, 0xfdcf, 1},
		{0xfdf0, 0xfdff, 1},
		{0xfe70, 0xfe74, 1},
		{0xfe76, 0xfefc, 1},
	},
	R32: []Range32{
		{0x10e60, 0x10e7e, 1},
		{0x10ec2, 0x10ec7, 1},
		{0x10ed0, 0x10ed8, 1},
		{0x10efa, 0x10eff, 1},
		{0x1ee00, 0x1ee03, 1},
		{0x1ee05, 0x1ee1f, 1},
		{0x1ee21, 0x1ee22, 1},
		{0x1ee24, 0x1ee27, 3},
		{0x1ee29, 0x1ee32, 1},
		{0x1ee34, 0x1ee37, 1},
		{0x1ee39, 0x1ee3b, 2},
		{0x1ee42, 0x1ee47, 5},
		{0x1ee49, 0x1ee4d, 2},
		{0x1ee4e, 0x1ee4f, 1},
		{0x1ee51, 0x1ee52, 1},
		{0x1ee54, 0x1ee57, 3},
		{0x1ee59, 0x1ee61, 2},
		{0x1ee62, 0x1ee64, 2},
		{0x1ee67, 0x1ee6a, 1},
		{0x1ee6c, 0x1ee72, 1},
		{0x1ee74, 0x1ee77, 1},
		{0x1ee79, 0x1ee7c, 1},
		{0x1ee7e, 0x1ee80, 2},
		{0x1ee81, 0x1ee89, 1},
		{0x1ee8b, 0x1ee9b, 1},
		{0x1eea1, 0x1eea3, 1},
		{0x1eea5, 0x1eea9, 1},
		{0x1eeab, 0x1eebb, 1},
		{0x1eef0, 0x1eef1, 1},
	},
}

var _Hebrew = &RangeTable{
	R16: []Range16{
		{0x0591, 0x05c7, 1},
		{0x05d0, 0x05ea, 1},
		{0x05ef, 0x05f4, 1},
		{0xfb1d, 0xfb36, 1},
		{0xfb38, 0xfb3c, 1},
		{0xfb3e, 0xfb40, 2},
		{0xfb41, 0xfb43, 2},
		{0xfb44, 0xfb46, 2},
		{0xfb47, 0xfb4f, 1},
	},
}

var _Hiragana = &RangeTable{
	R16: []Range16{
		{0x3041, 0x3096, 1},
		{0x309d, 0x309f, 1},
	},
	R32: []Range32{
		{0x1b001, 0x1b11f, 1},
		{0x1b132, 0x1b150, 30},
		{0x1b151, 0x1b152, 1},
		{0x1f200, 0x1f200, 1},
	},
}

var _Katakana = &RangeTable{
	R16: []Range16{
		{0x30a1, 0x30fa, 1},
		{0x30fd, 0x30ff, 1},
		{0x31f0, 0x31ff, 1},
		{0x32d0, 0x32fe, 1},
		{0x3300, 0x3357, 1},
		{0xff66, 0xff6f, 1},
		{0xff71, 0xff9d, 1},
	},
	R32: []Range32{
		{0x1aff0, 0x1aff3, 1},
		{0x1aff5, 0x1affb, 1},
		{0x1affd, 0x1affe, 1},
		{0x1b000, 0x1b120, 288},
		{0x1b121, 0x1b122, 1},
		{0x1b155, 0x1b164, 15},
		{0x1b165, 0x1b167, 1},
	},
}

var _Hangul = &RangeTable{
	R16: []Range16{
		{0x1100, 0x11ff, 1},
		{0x302e, 0x302f, 1},
		{0x3131, 0x318e, 1},
		{0x3200, 0x321e, 1},
		{0x3260, 0x327e, 1},
		{0xa960, 0xa97c, 1},
		{0xac00, 0xd7a3, 1},
		{0xd7b0, 0xd7c6, 1},
		{0xd7cb, 0xd7fb, 1},
		{0xffa0, 0xffbe, 1},
		{0xffc2, 0xffc7, 1},
		{0xffca, 0xffcf, 1},
		{0xffd2, 0xffd7, 1},
		{0xffda, 0xffdc, 1},
	},
}

var _Devanagari = &RangeTable{
	R16: []Range16{
		{0x0900, 0x0950, 1},
		{0x0955, 0x0963, 1},
		{0x0966, 0x097f, 1},
		{0xa8e0, 0xa8ff, 1},
	},
	R32: []Range32{
		{0x11b00, 0x11b09, 1},
	},
}

var _Thai = &RangeTable{
	R16: []Range16{
		{0x0e01, 0x0e3a, 1},
		{0x0e40, 0x0e5b, 1},
	},
}

var _Armenian = &RangeTable{
	R16: []Range16{
		{0x0531, 0x0556, 1},
		{0x0559, 0x058a, 1},
		{0x058d, 0x058f, 1},
		{0xfb13, 0xfb17, 1},
	},
}

var _Georgian = &RangeTable{
	R16: []Range16{
		{0x10a0, 0x10c5, 1},
		{0x10c7, 0x10cd, 6},
		{0x10d0, 0x10fa, 1},
		{0x10fc, 0x10ff, 1},
		{0x1c90, 0x1cba, 1},
		{0x1cbd, 0x1cbf, 1},
		{0x2d00, 0x2d25, 1},
		{0x2d27, 0x2d2d, 6},
	},
}
