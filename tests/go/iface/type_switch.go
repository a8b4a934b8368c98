// run

package main

import (
	"errors"
	"fmt"
)

type Temp float64

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprint("slice with ", len(x), " elems")
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case Temp:
		return fmt.Sprintf("temp %.1f", float64(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", true, false, []int{1, 2}, errors.New("bad"), Temp(36.6), func() int { return 7 }, 3.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	switch v := interface{}(42).(type) {
	default:
		fmt.Println("default", v)
	}
}
