// run

package main

import "fmt"

type P struct {
	X float64
	S string
}

func main() {
	fmt.Printf("%5.1f|%x|%q|%03d|%-4d|\n", []float64{1, 2.25}, []string{"ab", "c"}, []int{65, 66}, []int{1, 2}, []int{3})
	fmt.Printf("%6.2f|%q|%x\n", P{3.14159, "s"}, P{1, "q"}, P{255, "hi"})
	fmt.Printf("%5v|%-5v|%05d\n", []int{1, 2}, []string{"a"}, [2]int{7, 8})
	fmt.Printf("%d|%s\n", map[string]int{"b": 2, "a": 1}, map[string]string{"k": "v"})
	fmt.Printf("%x|%X|% X|%#x\n", []int{255, 16}, "hello", []byte{1, 2}, []byte("ab"))
	fmt.Printf("%t|%v|%08.3f\n", []bool{true, false}, [][]int{{1}, {2, 3}}, []float64{-1.5})
	fmt.Printf("%e|%g|%.2g\n", []float64{1234.5678}, []float32{0.000001}, []float64{123456})
	fmt.Printf("%c|%U|%q\n", []rune("hé"), []rune("hé"), []rune("hé"))
	fmt.Printf("%s|%v|%d\n", []interface{}{"a", 1}, []interface{}{"a", 1}, []interface{}{"a", 1})
	fmt.Printf("%v|%+v|%#v\n", []*int{nil}, struct{ P *int }{nil}, struct{ P *int }{nil})
	fmt.Printf("%10.3s|%-10q|%x\n", "abcdef", "ab", -1)
	fmt.Printf("%#v|%#v|%#v\n", []interface{}{1, "a", nil}, struct {
		A []int
		M map[string]int
	}{}, [2]P{})
	fmt.Printf("%v %v\n", int8(-5), uint16(65535))
	fmt.Printf("%o %#o %O %b %#b\n", 64, 64, 64, -5, 5)
	fmt.Printf("%8.3e|%-12.4E|%+g\n", 123456.789, 0.000123, 1e100)
	fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.1f\n", 0.5, 1.5, 2.5, -0.5, 0.05, 0.15)
	fmt.Printf("%g %g %g %g %g\n", 1e-5, 1e-4, 123456789.0, 1e21, 100000.0)
	fmt.Printf("%v %v %v\n", 1e-5, float32(1e21), 1e20)
	fmt.Printf("%#g %#.3g %#e\n", 1.0, 2.0, 3.0)
	fmt.Printf("%6.3v|%.0e|%.3x\n", 3.14159, 5.5, 1.0)
	fmt.Printf("% d|% +d|%+ d|%x|% x\n", 5, 5, 5, "é", "é")
	fmt.Printf("%-08d|%-+5d|%+-5d|\n", 42, 42, 42)
	fmt.Printf("%3c|%-3c|%03c\n", 'x', 'y', 'z')
	fmt.Printf("%.2s|%.5q|%.1x\n", "日本語", "日本語", "日本語")
	fmt.Printf("%08q|%8q|% q\n", "a", 'b', "c")
	fmt.Printf("%v|%d\n", true, true)
	fmt.Printf("%s|%v\n", []byte(nil), []string(nil))
}
