// run

package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func lookup(k string) error {
	if k == "" {
		return Code(400)
	}
	if k != "ok" {
		return &NotFound{k}
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", ""} {
		err := lookup(k)
		if err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", err)
		}
		var nf *NotFound
		if errors.As(err, &nf) {
			fmt.Println("  key was", nf.Key)
		}
	}
	fmt.Printf("%v|%s|%q\n", Code(1), Code(2), Code(3))
}
