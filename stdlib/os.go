// Package os. Natives: Exit, (*File).Write, args, Getenv.
package os

import "io/fs"

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
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)
