// run

package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == 2:
				continue outer
			case i == 3:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	m := map[string]int{"a": 1}
loopMap:
	for range m {
		for _, r := range "xyz" {
			if r == 'y' {
				break loopMap
			}
			fmt.Print(string(r))
		}
	}
	fmt.Println()

	i := 0
again:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto again
	}
	fmt.Println()

	n := 0
sw:
	switch n {
	case 0:
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			fmt.Print("k", k, " ")
		}
		fmt.Print("unreached")
	}
	fmt.Println()

	j := 0
	goto skip
skip:
	for ; j < 3; j++ {
		if j == 1 {
			continue
		}
		fmt.Print("j", j, " ")
	}
	fmt.Println()

blk:
	{
		fmt.Println("in block")
		if j > 0 {
			goto end
		}
		goto blk
	}
end:
	fmt.Println("end")

	total := 0
rows:
	for _, row := range [][]int{{1, 2, -1, 4}, {5, 6}, {-1}, {7}} {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			total += v
		}
	}
	fmt.Println(total)
}
