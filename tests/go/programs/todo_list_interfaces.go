// run

package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Status int

const (
	Todo Status = iota
	Doing
	Done
)

func (s Status) String() string { return [...]string{"todo", "doing", "done"}[s] }

type Task interface {
	ID() int
	Title() string
	Status() Status
	Advance() error
}

type Describer interface {
	Describe() string
}

type basicTask struct {
	id     int
	title  string
	status Status
}

func (t *basicTask) ID() int        { return t.id }
func (t *basicTask) Title() string  { return t.title }
func (t *basicTask) Status() Status { return t.status }
func (t *basicTask) Advance() error {
	if t.status == Done {
		return fmt.Errorf("task %d %q: %w", t.id, t.title, ErrAlreadyDone)
	}
	t.status++
	return nil
}

type deadlineTask struct {
	basicTask
	due string
}

func (d *deadlineTask) Describe() string { return d.title + " (due " + d.due + ")" }

type checklistTask struct {
	*basicTask
	items []string
	ticked int
}

func (c *checklistTask) Advance() error {
	if c.ticked < len(c.items) {
		c.ticked++
		if c.ticked == len(c.items) {
			c.status = Done
		} else {
			c.status = Doing
		}
		return nil
	}
	return c.basicTask.Advance()
}

func (c *checklistTask) Describe() string {
	return fmt.Sprintf("%s [%d/%d]", c.title, c.ticked, len(c.items))
}

var ErrAlreadyDone = errors.New("already done")
var ErrNoTask = errors.New("no such task")

type TodoList struct {
	tasks  []Task
	nextID int
}

func (l *TodoList) Add(make func(id int) Task) Task {
	l.nextID++
	t := make(l.nextID)
	l.tasks = append(l.tasks, t)
	return t
}

func (l *TodoList) Find(id int) (Task, error) {
	i := slices.IndexFunc(l.tasks, func(t Task) bool { return t.ID() == id })
	if i < 0 {
		return nil, fmt.Errorf("find %d: %w", id, ErrNoTask)
	}
	return l.tasks[i], nil
}

func (l *TodoList) Print() {
	for _, t := range l.tasks {
		desc := t.Title()
		if d, ok := t.(Describer); ok {
			desc = d.Describe()
		}
		mark := map[Status]string{Todo: "[ ]", Doing: "[~]", Done: "[x]"}[t.Status()]
		fmt.Printf("%s %d %-28s %v\n", mark, t.ID(), desc, t.Status())
	}
}

func main() {
	var l TodoList
	l.Add(func(id int) Task { return &basicTask{id: id, title: "buy milk"} })
	l.Add(func(id int) Task { return &deadlineTask{basicTask{id: id, title: "file taxes"}, "April"} })
	l.Add(func(id int) Task {
		return &checklistTask{basicTask: &basicTask{id: id, title: "pack"}, items: []string{"socks", "toothbrush"}}
	})
	l.Print()
	for _, id := range []int{1, 1, 1, 3, 3, 3, 2, 9} {
		t, err := l.Find(id)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNoTask))
			continue
		}
		if err := t.Advance(); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrAlreadyDone))
		}
	}
	l.Print()
	slices.SortFunc(l.tasks, func(a, b Task) int {
		if a.Status() != b.Status() {
			return int(b.Status()) - int(a.Status())
		}
		return strings.Compare(a.Title(), b.Title())
	})
	var titles []string
	for _, t := range l.tasks {
		titles = append(titles, t.Title())
	}
	fmt.Println(titles)
	done := slices.DeleteFunc(slices.Clone(l.tasks), func(t Task) bool { return t.Status() != Done })
	fmt.Println(len(done), len(l.tasks))
	fmt.Printf("%T %T\n", l.tasks[0], Task(&deadlineTask{}))
}
