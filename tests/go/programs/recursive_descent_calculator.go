// run

package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
	IDENT
	EOF
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "OP", "LPAREN", "RPAREN", "IDENT", "EOF"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func tokenize(s string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(s) {
		c := rune(s[i])
		switch {
		case c == ' ':
			i++
		case unicode.IsDigit(c) || c == '.':
			start := i
			for i < len(s) && (unicode.IsDigit(rune(s[i])) || s[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, s[start:i], start})
		case unicode.IsLetter(c):
			start := i
			for i < len(s) && unicode.IsLetter(rune(s[i])) {
				i++
			}
			toks = append(toks, Token{IDENT, s[start:i], start})
		case strings.ContainsRune("+-*/^%", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(s)}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

// expr := term {('+'|'-') term}
func (p *Parser) expr() (float64, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, nil
}

// term := power {('*'|'/'|'%') power}
func (p *Parser) term() (float64, error) {
	v, err := p.power()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t.Kind == OP && strings.Contains("*/%", t.Text); t = p.peek() {
		p.next()
		r, err := p.power()
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				return 0, fmt.Errorf("at %d: %w", t.Pos, ErrDivZero)
			}
			v /= r
		case "%":
			v = math.Mod(v, r)
		}
	}
	return v, nil
}

// power := unary ['^' power]   (right associative)
func (p *Parser) power() (float64, error) {
	b, err := p.unary()
	if err != nil {
		return 0, err
	}
	if t := p.peek(); t.Kind == OP && t.Text == "^" {
		p.next()
		e, err := p.power()
		if err != nil {
			return 0, err
		}
		return math.Pow(b, e), nil
	}
	return b, nil
}

func (p *Parser) unary() (float64, error) {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		v, err := p.unary()
		return -v, err
	}
	return p.primary()
}

func (p *Parser) primary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return 0, &SyntaxError{t.Pos, err.Error()}
		}
		return v, nil
	case IDENT:
		if v, ok := p.vars[t.Text]; ok {
			return v, nil
		}
		return 0, &SyntaxError{t.Pos, "unknown variable " + t.Text}
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, &SyntaxError{t.Pos, "unclosed paren"}
		}
		return v, nil
	}
	return 0, &SyntaxError{t.Pos, fmt.Sprintf("unexpected %v %q", t.Kind, t.Text)}
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks, vars: map[string]float64{"pi": math.Pi, "x": 3}}
	v, err := p.expr()
	if err == nil && p.peek().Kind != EOF {
		err = &SyntaxError{p.peek().Pos, "trailing " + p.peek().Text}
	}
	return v, err
}

func main() {
	for _, s := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4",
		"x * x - 1", "pi * 2", "1 / (x - 3)", "1 +", "2 $ 3", "(1 + 2", "y + 1",
		"1.2.3", "4 4", "--5", "0.1 + 0.2",
	} {
		v, err := eval(s)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-12s => syntax (pos %d): %v\n", s, se.Pos, err)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-12s => math: %v\n", s, err)
		case err != nil:
			fmt.Printf("%-12s => ?? %v\n", s, err)
		default:
			fmt.Printf("%-12s => %v (%g, %.3f)\n", s, v, v, v)
		}
	}
	toks, _ := tokenize("a+(1)")
	fmt.Println(toks)
	fmt.Printf("%+v\n", toks[1])
}
