// Package fmt: formatted I/O. Natives (no body): Print, Println, Printf, Sprint, Sprintln, Sprintf; Sscan, Sscanln, Sscanf, Scan, Scanln, Scanf.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

// Scanning. Natives: Sscan, Sscanln, Sscanf (parse a string into the pointed-to variables) and
// Scan, Scanln, Scanf (the same, reading standard input).
func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Scan(a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// Errorf formats according to a format specifier and returns the string as an error; %w
// operands are wrapped (one: Unwrap() error; several: Unwrap() []error).
func Errorf(format string, a ...any) error {
	s := Sprintf(format, a...)
	var wrapped []error
	n := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && (format[j] == '+' || format[j] == '-' || format[j] == '#' || format[j] == ' ' || format[j] == '0' || (format[j] >= '1' && format[j] <= '9') || format[j] == '.') {
			j++
		}
		if j < len(format) && format[j] == '%' {
			i = j
			continue
		}
		if j < len(format) && format[j] == 'w' && n < len(a) {
			if e, ok := a[n].(error); ok {
				wrapped = append(wrapped, e)
			}
		}
		n++
		i = j
	}
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		return &wrapError{msg: s, err: wrapped[0]}
	}
	return &wrapErrors{msg: s, errs: wrapped}
}
