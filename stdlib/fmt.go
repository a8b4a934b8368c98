// Package fmt: formatted I/O. Natives (no body): Print, Println, Printf, Sprint, Sprintln, Sprintf.
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

// Errorf formats according to a format specifier and returns the string as an error; a %w
// operand is wrapped.
func Errorf(format string, a ...any) error {
	s := Sprintf(format, a...)
	var wrapped error
	for i := 0; i+1 < len(format); i++ {
		if format[i] == '%' && format[i+1] == 'w' {
			n := 0
			for j := 0; j < i; j++ {
				if format[j] == '%' {
					if j+1 < len(format) && format[j+1] == '%' {
						j++
						continue
					}
					n++
				}
			}
			if n < len(a) {
				if e, ok := a[n].(error); ok {
					wrapped = e
				}
			}
			break
		}
	}
	if wrapped == nil {
		return errors.New(s)
	}
	return &wrapError{msg: s, err: wrapped}
}
