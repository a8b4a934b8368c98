// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"a\xffb", "a\xff\xfe\xfdb", "\xff", "", "ok", "héllo\xc3", "\uFFFDx\xffy", "\xed\xa0\x80z", "a\xffb\xffc"} {
		fmt.Printf("%q %q %q\n", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""), strings.ToValidUTF8(s, "\uFFFD"))
	}
}
