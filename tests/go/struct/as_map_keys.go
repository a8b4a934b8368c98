// run

package main

import (
	"fmt"
	"sort"
)

type Coord struct{ Row, Col int }

func main() {
	visited := map[Coord]bool{}
	path := []Coord{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}}
	for _, c := range path {
		if visited[c] {
			fmt.Println("revisit", c)
		}
		visited[c] = true
	}
	fmt.Println(len(visited))
	dist := map[Coord]int{{0, 0}: 0, {2, 3}: 5}
	dist[Coord{1, 1}] = 2
	keys := make([]Coord, 0)
	for k := range dist {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Row != keys[j].Row {
			return keys[i].Row < keys[j].Row
		}
		return keys[i].Col < keys[j].Col
	})
	for _, k := range keys {
		fmt.Println(k, dist[k])
	}
	fmt.Println(dist)
}
