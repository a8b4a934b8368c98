package main

func main() {
	goto L
	x := 1
L:
	_ = x
	goto M
	{
	M:
	}
	for {
	L:
	}
	switch {
	case true:
		fallthrough
	}
	select {
	default:
		break
	}
}
