// Package io: basic I/O interfaces.
package io

import "errors"

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

var EOF = errors.New("EOF")
