// run

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op uint8

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
	DEC
)

var opNames = map[string]Op{"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "dup": DUP,
	"swap": SWAP, "jz": JZ, "jmp": JMP, "print": PRINT, "halt": HALT, "dec": DEC}

func (o Op) String() string {
	for k, v := range opNames {
		if v == o {
			return strings.ToUpper(k)
		}
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

type VMError struct {
	PC  int
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d: %v", e.PC, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

var ErrStackUnderflow = errors.New("stack underflow")
var ErrTooManySteps = errors.New("step limit exceeded")

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, raw := range strings.Split(src, "\n") {
		if i := strings.IndexByte(raw, ';'); i >= 0 {
			raw = raw[:i]
		}
		f := strings.Fields(raw)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			f = f[1:]
			if len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	prog := make([]Instr, 0, len(lines))
	for n, f := range lines {
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", n, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			if v, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = v
			} else if t, ok := labels[f[1]]; ok {
				in.Arg = t
			} else {
				return nil, fmt.Errorf("line %d: bad operand %q: %w", n, f[1], err)
			}
		}
		prog = append(prog, in)
	}
	return prog, nil
}

func run(prog []Instr, out *[]string) (steps int, err error) {
	var stack []int
	pop := func(pc int) int {
		if len(stack) == 0 {
			panic(&VMError{pc, ErrStackUnderflow})
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	defer func() {
		if r := recover(); r != nil {
			if ve, ok := r.(*VMError); ok {
				err = ve
				return
			}
			panic(r)
		}
	}()
	for pc := 0; pc < len(prog); steps++ {
		if steps > 1000 {
			return steps, &VMError{pc, ErrTooManySteps}
		}
		in := prog[pc]
		pc++
		switch in.Op {
		case PUSH:
			stack = append(stack, in.Arg)
		case ADD, SUB, MUL:
			b, a := pop(pc-1), pop(pc-1)
			stack = append(stack, map[Op]func(int, int) int{
				ADD: func(x, y int) int { return x + y },
				SUB: func(x, y int) int { return x - y },
				MUL: func(x, y int) int { return x * y },
			}[in.Op](a, b))
		case DUP:
			v := pop(pc - 1)
			stack = append(stack, v, v)
		case SWAP:
			b, a := pop(pc-1), pop(pc-1)
			stack = append(stack, b, a)
		case DEC:
			stack = append(stack, pop(pc-1)-1)
		case JZ:
			if pop(pc-1) == 0 {
				pc = in.Arg
			}
		case JMP:
			pc = in.Arg
		case PRINT:
			*out = append(*out, fmt.Sprint(stack))
		case HALT:
			return steps, nil
		}
	}
	return steps, nil
}

const factorial = `
	push 1      ; acc
	push 5      ; n
loop:
	dup
	jz done
	dup         ; acc n n
	swap        ; acc n n -> acc n n (no-op pair for fun)
	print
	push 0
	add
	swap        ; acc n -> n acc? (deliberately simple)
	swap
	dup
	push 0
	swap
	sub
	push 0
	sub
	push -1
	mul         ; n stays n
	swap
	swap
	jmp body
body:
	swap        ; n acc
	push 0
	add
	swap        ; acc n
	dup         ; acc n n
	push 0
	swap
	sub         ; acc n -n
	push -1
	mul         ; acc n n
	swap        ; acc n n
	jmp mul
mul:
	; acc n n -> (acc*n) (n-1)
	swap
	dec
	swap
	jmp fold
fold:
	push 0
	add
	swap
	jmp step
step:
	; stack: acc n-1 n
	swap
	jmp loop2
loop2:
	halt
done:
	halt
`

func main() {
	for _, src := range []string{
		"push 2\npush 3\nadd\npush 4\nmul\nprint",
		"push 1\nadd",
		"loop: push 1\njmp loop",
		"push 3\ncount: dec\ndup\nprint\njz end\njmp count\nend: halt\nprint",
		"frob 1",
		"jmp nowhere",
		factorial,
	} {
		prog, err := assemble(src)
		if err != nil {
			fmt.Println("asm error:", err)
			continue
		}
		var out []string
		steps, err := run(prog, &out)
		fmt.Printf("%d instrs, %d steps, out=%v, err=%v, underflow=%t\n",
			len(prog), steps, out, err, errors.Is(err, ErrStackUnderflow))
	}
	fmt.Println(PUSH, JZ, Op(42), []Op{ADD, HALT}, Instr{PRINT, 0})
}
