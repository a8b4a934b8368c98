// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	First, Last string
	Age         int
}

func (p Person) FullName() string { return p.First + " " + p.Last }
func (p Person) Greeting() string { return "Hi, I'm " + p.FullName() }

type Employee struct {
	Person
	ID     int
	Dept   string
	Salary float64
}

func (e Employee) Greeting() string {
	return e.Person.Greeting() + " from " + e.Dept
}

type Manager struct {
	Employee
	Reports []*Employee
}

func (m *Manager) TeamCost() float64 {
	total := m.Salary
	for _, r := range m.Reports {
		total += r.Salary
	}
	return total
}

type Payable interface {
	Pay() float64
}

func (e Employee) Pay() float64 { return e.Salary / 12 }
func (m Manager) Pay() float64  { return m.Employee.Pay() * 1.1 }

func raise(emps []Employee, pct float64) {
	for i := range emps {
		emps[i].Salary *= 1 + pct/100
	}
}

func raiseWrong(emps []Employee, pct float64) {
	for _, e := range emps {
		e.Salary *= 1 + pct/100
	}
}

func main() {
	staff := []Employee{
		{Person{"Ada", "Lovelace", 36}, 1, "eng", 120000},
		{Person{"Bob", "Smith", 45}, 2, "ops", 80000},
		{Person{"Cy", "Young", 29}, 3, "eng", 95000},
		{Person{"Di", "Prince", 33}, 4, "ops", 80000},
		{Person{"Ed", "Wood", 51}, 5, "eng", 95000},
	}
	raiseWrong(staff, 50)
	fmt.Println(staff[0].Salary)
	raise(staff, 10)
	fmt.Printf("%.2f\n", staff[0].Salary)

	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Salary > staff[j].Salary })
	for _, e := range staff {
		fmt.Printf("%-14s %-4s %10.2f %3d\n", e.FullName(), e.Dept, e.Salary, e.Age)
	}
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	var names []string
	for _, e := range staff {
		names = append(names, e.First)
	}
	fmt.Println(strings.Join(names, ","))

	byDept := map[string][]Employee{}
	totals := map[string]float64{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e)
		totals[e.Dept] += e.Salary
	}
	fmt.Printf("%.1f %d\n", totals["eng"], len(byDept["ops"]))

	m := &Manager{Employee: Employee{Person{"Grace", "Hopper", 60}, 9, "eng", 200000}}
	for i := range staff {
		if staff[i].Dept == "eng" {
			m.Reports = append(m.Reports, &staff[i])
		}
	}
	staff[0].Salary += 1 // visible through m.Reports
	fmt.Printf("team %.2f reports %d\n", m.TeamCost(), len(m.Reports))
	fmt.Println(m.Greeting())
	fmt.Println(m.Person.Greeting(), "|", m.First, m.Employee.Person.Age)

	payables := []Payable{staff[1], *m, m.Employee}
	for _, p := range payables {
		fmt.Printf("%T %.2f\n", p, p.Pay())
	}
	fmt.Printf("%+v\n", staff[1].Person)
	fmt.Printf("%v\n", m.Employee)
}
