// run

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
	headers map[string]string
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error { s.timeout = d; return nil }
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithHeader(k, v string) Option {
	return func(s *Server) error {
		if s.headers == nil {
			s.headers = map[string]string{}
		}
		s.headers[k] = v
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	keys := make([]string, 0, len(s.headers))
	for k := range s.headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s://%s:%d timeout=%v headers=%v", scheme, s.host, s.port, s.timeout, keys)
}

// Query builder with method chaining.
type Query struct {
	table  string
	fields []string
	wheres []string
	order  string
	limit  int
	err    error
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Select(f ...string) *Query { q.fields = append(q.fields, f...); return q }
func (q *Query) Where(cond string, args ...any) *Query {
	if strings.Count(cond, "?") != len(args) {
		q.err = fmt.Errorf("where %q: want %d args, got %d", cond, strings.Count(cond, "?"), len(args))
		return q
	}
	for _, a := range args {
		var lit string
		switch v := a.(type) {
		case string:
			lit = "'" + strings.ReplaceAll(v, "'", "''") + "'"
		case int, int64:
			lit = fmt.Sprint(v)
		case bool:
			lit = strings.ToUpper(fmt.Sprint(v))
		default:
			lit = fmt.Sprintf("<%T>", v)
		}
		cond = strings.Replace(cond, "?", lit, 1)
	}
	q.wheres = append(q.wheres, cond)
	return q
}
func (q *Query) OrderBy(o string) *Query { q.order = o; return q }
func (q *Query) Limit(n int) *Query      { q.limit = n; return q }

func (q *Query) Build() (string, error) {
	if q.err != nil {
		return "", q.err
	}
	var sb strings.Builder
	fields := "*"
	if len(q.fields) > 0 {
		fields = strings.Join(q.fields, ", ")
	}
	fmt.Fprintf(&sb, "SELECT %s FROM %s", fields, q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String(), nil
}

func main() {
	s, err := NewServer("localhost")
	fmt.Println(s, err)
	s, err = NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(1500*time.Millisecond),
		WithHeader("X-B", "2"), WithHeader("X-A", "1"))
	fmt.Println(s, err)
	s, err = NewServer("bad", WithPort(0), WithPort(70000), WithTLS())
	fmt.Printf("%v | %q\n", s, err)
	fmt.Println(s == nil)

	sql, err := From("users").Select("id", "name").Where("age > ?", 18).
		Where("name = ?", "O'Brien").Where("active = ?", true).OrderBy("name").Limit(10).Build()
	fmt.Println(sql, err)
	sql, err = From("t").Where("a = ? AND b = ?", 1).Build()
	fmt.Printf("%q %v\n", sql, err)
	sql, _ = From("logs").Where("x = ?", 2.5).Build()
	fmt.Println(sql)
	fmt.Println(time.Duration(0), 90*time.Minute, 2*time.Hour+3*time.Millisecond, time.Duration(1))
}
