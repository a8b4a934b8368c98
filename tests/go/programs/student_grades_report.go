// run

package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores map[string][]float64
}

type Stats struct {
	Mean, Median, StdDev, Min, Max float64
}

func computeStats(xs []float64) (s Stats, ok bool) {
	if len(xs) == 0 {
		return Stats{}, false
	}
	sorted := append([]float64(nil), xs...)
	sort.Float64s(sorted)
	sum := 0.0
	for _, x := range sorted {
		sum += x
	}
	s.Mean = sum / float64(len(sorted))
	mid := len(sorted) / 2
	if len(sorted)%2 == 0 {
		s.Median = (sorted[mid-1] + sorted[mid]) / 2
	} else {
		s.Median = sorted[mid]
	}
	for _, x := range sorted {
		s.StdDev += (x - s.Mean) * (x - s.Mean)
	}
	s.StdDev = math.Sqrt(s.StdDev / float64(len(sorted)))
	s.Min, s.Max = sorted[0], sorted[len(sorted)-1]
	return s, true
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	default:
		return "F"
	}
}

type ranking []struct {
	name string
	avg  float64
}

func (r ranking) Len() int      { return len(r) }
func (r ranking) Swap(i, j int) { r[i], r[j] = r[j], r[i] }
func (r ranking) Less(i, j int) bool {
	if r[i].avg != r[j].avg {
		return r[i].avg > r[j].avg
	}
	return r[i].name < r[j].name
}

func main() {
	students := []Student{
		{"Alice", map[string][]float64{"math": {95, 88, 92}, "art": {78, 85}}},
		{"Bob", map[string][]float64{"math": {72, 65, 80}, "art": {90, 94, 99}, "music": {}}},
		{"Chen", map[string][]float64{"math": {88, 91}, "music": {70}}},
		{"Dana", map[string][]float64{}},
		{"Eve", map[string][]float64{"math": {88.5, 91.5}, "art": {60}}},
	}
	subjects := map[string][]float64{}
	var r ranking
	for _, st := range students {
		var all []float64
		names := make([]string, 0, len(st.Scores))
		for sub := range st.Scores {
			names = append(names, sub)
		}
		sort.Strings(names)
		fmt.Printf("%s:\n", st.Name)
		for _, sub := range names {
			sc := st.Scores[sub]
			stats, ok := computeStats(sc)
			if !ok {
				fmt.Printf("  %-6s (no scores)\n", sub)
				continue
			}
			fmt.Printf("  %-6s mean=%6.2f median=%5.1f sd=%5.2f range=[%g,%g]\n",
				sub, stats.Mean, stats.Median, stats.StdDev, stats.Min, stats.Max)
			all = append(all, sc...)
			subjects[sub] = append(subjects[sub], sc...)
		}
		if s, ok := computeStats(all); ok {
			r = append(r, struct {
				name string
				avg  float64
			}{st.Name, s.Mean})
		} else {
			fmt.Println("  no grades at all")
		}
	}
	sort.Sort(r)
	fmt.Println(strings.Repeat("=", 30))
	for i, e := range r {
		bar := strings.Repeat("#", int(math.Round(e.avg/10)))
		fmt.Printf("%d. %-6s %6.2f %s %-10s|\n", i+1, e.name, e.avg, letter(e.avg), bar)
	}
	subNames := make([]string, 0)
	for s := range subjects {
		subNames = append(subNames, s)
	}
	sort.Slice(subNames, func(i, j int) bool { return len(subjects[subNames[i]]) > len(subjects[subNames[j]]) })
	for _, s := range subNames {
		st, _ := computeStats(subjects[s])
		fmt.Printf("%-6s n=%d %+v\n", s, len(subjects[s]), st)
	}
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, math.Pi)
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.5), math.Trunc(-1.5), math.Inf(1), -math.MaxFloat64)
}
