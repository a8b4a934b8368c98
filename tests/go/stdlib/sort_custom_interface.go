// run

package main

import (
	"fmt"
	"sort"
)

type Planet struct {
	Name string
	Mass float64
}

type ByMass []Planet

func (a ByMass) Len() int           { return len(a) }
func (a ByMass) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByMass) Less(i, j int) bool { return a[i].Mass < a[j].Mass }

func main() {
	planets := []Planet{{"Earth", 5.97}, {"Mars", 0.642}, {"Jupiter", 1898}, {"Venus", 4.87}}
	sort.Sort(ByMass(planets))
	for _, p := range planets {
		fmt.Printf("%-8s %8.3f\n", p.Name, p.Mass)
	}
	sort.Sort(sort.Reverse(ByMass(planets)))
	fmt.Println(planets[0].Name, sort.IsSorted(ByMass(planets)))
	sort.Stable(ByMass(planets))
	fmt.Println(planets)
}
