// run

package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func pretty(sb *strings.Builder, v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			pretty(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]any:
		if len(x) == 0 {
			sb.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			pretty(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	default:
		fmt.Fprintf(sb, "\"<unsupported %T>\"", x)
	}
}

func count(v any) (objects, arrays, scalars int) {
	switch x := v.(type) {
	case []any:
		arrays++
		for _, e := range x {
			o, a, s := count(e)
			objects, arrays, scalars = objects+o, arrays+a, scalars+s
		}
	case map[string]any:
		objects++
		for _, e := range x {
			o, a, s := count(e)
			objects += o
			arrays += a
			scalars += s
		}
	default:
		scalars++
	}
	return
}

func get(v any, path ...any) (any, bool) {
	for _, p := range path {
		switch key := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if v, ok = m[key]; !ok {
				return nil, false
			}
		case int:
			a, ok := v.([]any)
			if !ok || key < 0 || key >= len(a) {
				return nil, false
			}
			v = a[key]
		}
	}
	return v, true
}

func main() {
	doc := map[string]any{
		"name":    "gorun",
		"version": 1.5,
		"stable":  false,
		"tags":    []any{"go", "interpreter", 42, nil, []any{}},
		"author":  map[string]any{"name": "Ada \"the\" Dev", "langs": []any{"Rust", "Go"}, "age": 36},
		"empty":   map[string]any{},
		"weird":   struct{}{},
		"big":     1e21,
		"tiny":    0.000001,
		"unicode": "héllo\tworld\n",
	}
	var sb strings.Builder
	pretty(&sb, doc, 0)
	fmt.Println(sb.String())
	fmt.Println(count(doc))
	for _, path := range [][]any{{"author", "langs", 1}, {"tags", 2}, {"tags", 9}, {"name", "x"}, {}} {
		v, ok := get(doc, path...)
		fmt.Printf("%v -> %v %v\n", path, v, ok)
	}
	fmt.Println(doc["author"])
}
