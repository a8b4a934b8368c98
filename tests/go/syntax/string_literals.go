// run

package main

import "fmt"

func main() {
	s := "tab\there\nnewline \"quoted\" back\\slash"
	fmt.Println(s)
	raw := `raw \n stays, "quotes" too`
	fmt.Println(raw)
	multi := `line one
line two`
	fmt.Println(multi)
	fmt.Println("\x48\x69", "\u4e16\u754c", "\U0001F600", "\101\102")
	fmt.Println(len("\xff\xfe"), len("世界"), len(`\n`))
	fmt.Println("a" + "b" + `c`)
}
