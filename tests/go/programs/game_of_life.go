// run

package main

import (
	"fmt"
	"strings"
)

type World struct {
	w, h  int
	cells [][]bool
}

func NewWorld(w, h int) *World {
	cells := make([][]bool, h)
	for i := range cells {
		cells[i] = make([]bool, w)
	}
	return &World{w: w, h: h, cells: cells}
}

func Parse(pattern string) *World {
	lines := strings.Split(strings.Trim(pattern, "\n"), "\n")
	w := 0
	for _, l := range lines {
		w = max(w, len(l))
	}
	world := NewWorld(w, len(lines))
	for y, l := range lines {
		for x, ch := range l {
			world.cells[y][x] = ch == '#'
		}
	}
	return world
}

func (w *World) Alive(x, y int) bool {
	x = (x + w.w) % w.w
	y = (y + w.h) % w.h
	return w.cells[y][x]
}

func (w *World) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && w.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (w *World) Step() *World {
	next := NewWorld(w.w, w.h)
	for y := 0; y < w.h; y++ {
		for x := 0; x < w.w; x++ {
			n := w.Neighbors(x, y)
			alive := w.cells[y][x]
			next.cells[y][x] = n == 3 || (alive && n == 2)
		}
	}
	return next
}

func (w *World) Population() (n int) {
	for _, row := range w.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func (w *World) String() string {
	var sb strings.Builder
	for _, row := range w.cells {
		for _, c := range row {
			if c {
				sb.WriteRune('█')
			} else {
				sb.WriteRune('·')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (w *World) Key() string {
	b := make([]byte, 0, w.w*w.h)
	for _, row := range w.cells {
		for _, c := range row {
			if c {
				b = append(b, '1')
			} else {
				b = append(b, '0')
			}
		}
	}
	return string(b)
}

func main() {
	glider := Parse(`
.#......
..#.....
###.....
........
........
........
`)
	w := glider
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("gen %d pop %d\n%v", gen, w.Population(), w)
		w = w.Step()
	}
	// detect cycle of the blinker/toad
	toad := Parse(`
......
......
..###.
.###..
......
......
`)
	seen := map[string]int{}
	cur := toad
	for gen := 0; ; gen++ {
		k := cur.Key()
		if prev, ok := seen[k]; ok {
			fmt.Printf("cycle: gen %d repeats gen %d (period %d)\n", gen, prev, gen-prev)
			break
		}
		seen[k] = gen
		cur = cur.Step()
	}
	fmt.Println(len(seen), glider.Neighbors(0, 0), glider.Neighbors(1, 1), glider.Alive(-7, -6))
	fmt.Println(glider.cells[0][:3], len(glider.cells))
}
