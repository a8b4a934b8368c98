// run

package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

func (g Graph) Nodes() []string {
	ns := make([]string, 0, len(g))
	for n := range g {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g Graph) BFS(start string) []string {
	visited := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nbrs := g[n]
		sort.Slice(nbrs, func(i, j int) bool { return nbrs[i].To < nbrs[j].To })
		for _, e := range nbrs {
			if !visited[e.To] {
				visited[e.To] = true
				queue = append(queue, e.To)
			}
		}
	}
	return order
}

func (g Graph) DFS(n string, visited map[string]bool, visit func(string, int), depth int) {
	if visited[n] {
		return
	}
	visited[n] = true
	visit(n, depth)
	for _, e := range g[n] {
		g.DFS(e.To, visited, visit, depth+1)
	}
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	done := map[string]bool{}
	for len(done) < len(g) {
		best, bestD := "", math.MaxInt
		for _, n := range g.Nodes() {
			if !done[n] && dist[n] < bestD {
				best, bestD = n, dist[n]
			}
		}
		if best == "" {
			break
		}
		done[best] = true
		for _, e := range g[best] {
			if nd := bestD + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return p
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 4)
	g.AddEdge("A", "C", 2)
	g.AddEdge("B", "C", 5)
	g.AddEdge("B", "D", 10)
	g.AddEdge("C", "E", 3)
	g.AddEdge("E", "D", 4)
	g.AddEdge("D", "F", 11)
	g["Z"] = nil // isolated
	fmt.Println(g.Nodes())
	fmt.Println("BFS:", g.BFS("A"))
	var sb strings.Builder
	g.DFS("A", map[string]bool{}, func(n string, d int) {
		fmt.Fprintf(&sb, "%s%s\n", strings.Repeat("  ", d), n)
	}, 0)
	fmt.Print(sb.String())
	dist, prev := g.Dijkstra("A")
	for _, n := range g.Nodes() {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %2d via %s\n", n, dist[n], strings.Join(path(prev, n), "->"))
	}
	fmt.Println(len(g["A"]), g["A"][0], g["Z"] == nil, len(prev))
}
