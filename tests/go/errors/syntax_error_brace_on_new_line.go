// errorcheck

package main

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before \{"
}
