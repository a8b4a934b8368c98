// errorcheck

package main

func main() {
	x := 2
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue Outer // ERROR "continue label not defined: Outer"
		}
	}
Done:
	for x > 0 {
		x--
	}
	for {
		break Done // ERROR "invalid break label Done"
	}
	goto Missing // ERROR "label Missing not defined"
}
