// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFoundError struct {
	Kind, ID string
}

func (e NotFoundError) Error() string { return e.Kind + " " + strconv.Quote(e.ID) + " not found" }

type ValidationError struct {
	Field string
	Issues []string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Issues)
}

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e TimeoutError) Timeout() bool   { return true }
func (e TimeoutError) Is(t error) bool { return t == ErrTransient }

var (
	ErrTransient = errors.New("transient")
	ErrPermission = errors.New("permission denied")
)

type User struct {
	Name string
	Age  int
}

func validate(u User) error {
	var issues []string
	if u.Name == "" {
		issues = append(issues, "empty name")
	}
	if u.Age < 0 || u.Age > 150 {
		issues = append(issues, "age "+strconv.Itoa(u.Age)+" out of range")
	}
	if len(issues) > 0 {
		return &ValidationError{"user", issues}
	}
	return nil
}

func load(id string) (User, error) {
	switch id {
	case "1":
		return User{"ann", 30}, nil
	case "2":
		return User{"", 200}, nil
	case "3":
		return User{}, TimeoutError{"db.read"}
	case "4":
		return User{}, fmt.Errorf("load %s: %w", id, ErrPermission)
	}
	return User{}, NotFoundError{"user", id}
}

func process(id string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("process(%s): %w", id, err)
		}
	}()
	u, err := load(id)
	if err != nil {
		return err
	}
	if err := validate(u); err != nil {
		return fmt.Errorf("validating: %w", err)
	}
	return nil
}

func main() {
	for _, id := range []string{"1", "2", "3", "4", "5"} {
		err := process(id)
		fmt.Printf("%s: %v\n", id, err)
		if err == nil {
			continue
		}
		var nf NotFoundError
		var ve *ValidationError
		var to interface{ Timeout() bool }
		switch {
		case errors.As(err, &nf):
			fmt.Println("   not found kind:", nf.Kind, "id:", nf.ID)
		case errors.As(err, &ve):
			fmt.Println("   validation:", ve.Field, len(ve.Issues), ve.Issues[0])
		case errors.As(err, &to):
			fmt.Println("   timeout?", to.Timeout(), "transient?", errors.Is(err, ErrTransient))
		case errors.Is(err, ErrPermission):
			fmt.Println("   perm; unwrap chain:")
			for e := err; e != nil; e = errors.Unwrap(e) {
				fmt.Printf("     %T %q\n", e, e.Error())
			}
		}
	}
	joined := errors.Join(ErrPermission, nil, NotFoundError{"file", "x"})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrPermission), errors.As(joined, new(NotFoundError)))
	e1 := NotFoundError{"a", "b"}
	var err error = e1
	fmt.Println(err == NotFoundError{"a", "b"}, errors.Is(err, NotFoundError{"a", "b"}))
	wrapped := fmt.Errorf("two: %w and %w", ErrTransient, ErrPermission)
	fmt.Println(wrapped, errors.Is(wrapped, ErrPermission), errors.Unwrap(wrapped) == nil)
	fmt.Printf("%v|%s|%+v|%#v\n", e1, e1, e1, e1)
}
