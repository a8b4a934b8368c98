// Package os. Natives: Exit, (*File).Write, args, Getenv.
package os

import "errors"

type File struct {
	fd int
}

var (
	Stdin  = &File{0}
	Stdout = &File{1}
	Stderr = &File{2}
)

var Args []string = args()

func args() []string

func Exit(code int)

func (f *File) Write(b []byte) (n int, err error)

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

func Getenv(key string) string

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
