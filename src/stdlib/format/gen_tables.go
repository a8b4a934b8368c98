//go:build ignore

// Command tables writes tables.rs for gorun's format module from Go's own
// unicode package, so the Rust predicates agree with Go rune for rune.
// Run (in this directory): go run gen_tables.go > tables.rs
package main

import (
	"fmt"
	"strings"
	"unicode"
)

// ranges compresses the runes satisfying f into (lo, hi, stride) triples.
func ranges(f func(rune) bool) [][3]rune {
	var members []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if f(r) {
			members = append(members, r)
		}
	}
	var out [][3]rune
	for i := 0; i < len(members); {
		lo := members[i]
		if i+1 == len(members) {
			out = append(out, [3]rune{lo, lo, 1})
			break
		}
		stride := members[i+1] - lo
		j := i + 1
		for j+1 < len(members) && members[j+1]-members[j] == stride {
			j++
		}
		if stride > 1 && j == i+1 {
			// Two isolated runes: keep them as singletons unless the next
			// gap continues the stride (checked above).
			out = append(out, [3]rune{lo, lo, 1})
			i++
			continue
		}
		out = append(out, [3]rune{lo, members[j], stride})
		i = j + 1
	}
	return out
}

func emit(name, doc string, f func(rune) bool) {
	rs := ranges(f)
	fmt.Printf("/// %s\npub(super) static %s: &[(u32, u32, u32)] = &[\n", doc, name)
	for i := 0; i < len(rs); i += 6 {
		var parts []string
		for _, r := range rs[i:min(i+6, len(rs))] {
			parts = append(parts, fmt.Sprintf("(0x%x, 0x%x, %d)", r[0], r[1], r[2]))
		}
		fmt.Printf("    %s,\n", strings.Join(parts, ", "))
	}
	fmt.Printf("];\n\n")
}

func fallbackFold(r rune) rune {
	if l := unicode.ToLower(r); l != r {
		return l
	}
	return unicode.ToUpper(r)
}

func main() {
	fmt.Printf("//! Unicode %s tables generated from Go's unicode package (do not edit by hand).\n", unicode.Version)
	fmt.Printf("//! Triples are (lo, hi, stride): rune r is in the set when lo <= r <= hi and\n")
	fmt.Printf("//! (r - lo) %% stride == 0. Regenerate: `go run gen_tables.go > tables.rs`.\n\n")
	emit("LETTER", "unicode.IsLetter", unicode.IsLetter)
	emit("UPPER", "unicode.IsUpper", unicode.IsUpper)
	emit("LOWER", "unicode.IsLower", unicode.IsLower)
	emit("TITLE", "unicode.IsTitle", unicode.IsTitle)
	emit("DIGIT", "unicode.IsDigit", unicode.IsDigit)
	emit("NUMBER", "unicode.IsNumber", unicode.IsNumber)
	emit("PUNCT", "unicode.IsPunct", unicode.IsPunct)
	emit("SPACE", "unicode.IsSpace", unicode.IsSpace)
	emit("PRINT", "unicode.IsPrint (equal to strconv.IsPrint)", unicode.IsPrint)
	emit("GRAPHIC_EXTRA", "unicode.IsGraphic minus unicode.IsPrint (the Zs spaces)", func(r rune) bool { return unicode.IsGraphic(r) && !unicode.IsPrint(r) })

	fmt.Printf("/// unicode.CaseRanges: (lo, hi, upper delta, lower delta, title delta); a delta of\n/// UPPER_LOWER means the range alternates upper/lower case pairs.\n")
	fmt.Printf("pub(super) static CASE_RANGES: &[(u32, u32, i32, i32, i32)] = &[\n")
	for i := 0; i < len(unicode.CaseRanges); i += 4 {
		var parts []string
		for _, c := range unicode.CaseRanges[i:min(i+4, len(unicode.CaseRanges))] {
			parts = append(parts, fmt.Sprintf("(0x%x, 0x%x, %d, %d, %d)", c.Lo, c.Hi, c.Delta[0], c.Delta[1], c.Delta[2]))
		}
		fmt.Printf("    %s,\n", strings.Join(parts, ", "))
	}
	fmt.Printf("];\n\n")

	fmt.Printf("/// unicode.SimpleFold results that differ from \"ToLower if it changes, else ToUpper\".\n")
	fmt.Printf("pub(super) static FOLD_ORBIT: &[(u32, u32)] = &[\n")
	var parts []string
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if f := unicode.SimpleFold(r); f != fallbackFold(r) {
			parts = append(parts, fmt.Sprintf("(0x%x, 0x%x)", r, f))
		}
	}
	for i := 0; i < len(parts); i += 8 {
		fmt.Printf("    %s,\n", strings.Join(parts[i:min(i+8, len(parts))], ", "))
	}
	fmt.Printf("];\n")
}
