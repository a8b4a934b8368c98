package main

func h(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func h2(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func h3(x int) int {
	for {
	}
}

func h4(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}

func h5(x int) int {
	panic("x")
}

func h6(x int) (int, int) {
	return 1
}

func h7() {
	return 1
}

func h8() int {
	return 1, 2
}

func h9() (a, b int) {
	return
}

func h10() (a int) {
	{
		a := 2
		_ = a
		return
	}
}

func h11(x interface{}) int {
	switch x.(type) {
	case int:
		return 1
	default:
		return 0
	}
}

func h12(x int) int {
L:
	for {
		select {
		default:
			break L
		}
	}
}

func main() {
	var x int = "hello"
	x = 5
	y := 3
	y = 4
	for i := 0; i < 3; i++ {
	}
	for k, v := range []int{1} {
	}
	var u uint8 = 255
	u = 256
	const c = 10
	c = 5
	"s" = x
	x, y = 1
	x++
	y += "a"
	var f float64
	f++
	var s string
	s++
	s += 1
	x += 1.5
	_ = 1 == 1.0
}
