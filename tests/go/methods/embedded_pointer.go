// run

package main

import "fmt"

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) {
	l.lines++
	fmt.Println(l.prefix + msg)
}

type Service struct {
	*Logger
	Name string
}

func main() {
	shared := &Logger{prefix: "[svc] "}
	a := Service{shared, "a"}
	b := Service{Logger: shared, Name: "b"}
	a.Log("start " + a.Name)
	b.Log("start " + b.Name)
	fmt.Println(shared.lines, a.lines, b.Logger.lines)
}
