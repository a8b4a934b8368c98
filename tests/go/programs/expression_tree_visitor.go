// run

package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                            { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}
func (v Var) String() string { return string(v) }

func (b *BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("divide %v by zero", b.L)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("unknown op %c", b.Op)
}
func (b *BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func (c Call) Eval(env map[string]float64) (float64, error) {
	vals := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("%s arg %d: %w", c.Fn, i, err)
		}
		vals[i] = v
	}
	switch c.Fn {
	case "max":
		m := vals[0]
		for _, v := range vals[1:] {
			m = max(m, v)
		}
		return m, nil
	case "sum":
		s := 0.0
		for _, v := range vals {
			s += v
		}
		return s, nil
	}
	return 0, fmt.Errorf("unknown function %s/%d", c.Fn, len(c.Args))
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

// Simplify folds constants and removes identities.
func Simplify(e Expr) Expr {
	switch x := e.(type) {
	case *BinOp:
		l, r := Simplify(x.L), Simplify(x.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		if lok && rok {
			v, err := (&BinOp{x.Op, ln, rn}).Eval(nil)
			if err == nil {
				return Num(v)
			}
		}
		switch {
		case x.Op == '*' && (lok && ln == 0 || rok && rn == 0):
			return Num(0)
		case x.Op == '*' && lok && ln == 1:
			return r
		case (x.Op == '*' || x.Op == '/') && rok && rn == 1:
			return l
		case x.Op == '+' && lok && ln == 0:
			return r
		case (x.Op == '+' || x.Op == '-') && rok && rn == 0:
			return l
		}
		return &BinOp{x.Op, l, r}
	case Call:
		args := make([]Expr, len(x.Args))
		for i, a := range x.Args {
			args[i] = Simplify(a)
		}
		return Call{x.Fn, args}
	}
	return e
}

func countNodes(e Expr) (n int) {
	n = 1
	switch x := e.(type) {
	case *BinOp:
		n += countNodes(x.L) + countNodes(x.R)
	case Call:
		for _, a := range x.Args {
			n += countNodes(a)
		}
	}
	return
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	exprs := []Expr{
		&BinOp{'+', Num(1), &BinOp{'*', Num(2), Var("x")}},
		&BinOp{'*', &BinOp{'+', Num(0), Var("y")}, &BinOp{'-', Num(5), Num(4)}},
		Call{"max", []Expr{Var("x"), Var("y"), &BinOp{'/', Num(10), Num(4)}}},
		&BinOp{'/', Var("x"), &BinOp{'-', Var("y"), Num(4)}},
		Call{"sum", []Expr{Num(1), Var("z")}},
		Call{"avg", nil},
		&BinOp{'%', Num(1), Num(2)},
		&BinOp{'*', Num(0), Call{"sum", []Expr{&BinOp{'+', Num(2), Num(3)}}}},
	}
	for _, e := range exprs {
		v, err := e.Eval(env)
		s := Simplify(e)
		fmt.Printf("%-30v = %-6v err=%v | simplified %v (%d->%d nodes)\n", e, v, err, s, countNodes(e), countNodes(s))
	}
	fmt.Println(exprs[2], Num(2.5), Var("q"))
	fmt.Printf("%T %T %T\n", exprs[0], exprs[2], Simplify(exprs[1]))
}
