// run

package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30) // fits: writes arr[3]
	fmt.Println(arr)
	s = append(s, 40) // cap exhausted: new array
	s[0] = -1
	fmt.Println(arr, s)
	t := arr[:0:0]
	t = append(t, 9)
	fmt.Println(arr[0], t, cap(arr[2:]), cap(arr[2:4:5]))
	full := []string{"a", "b", "c", "d"}
	head := full[:2:2]
	head = append(head, "X")
	fmt.Println(full, head)
}
