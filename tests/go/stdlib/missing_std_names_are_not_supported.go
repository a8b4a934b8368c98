// errorcheck
//gorun:unsupported

// Valid Go that uses standard names gorun does not have yet: each is refused as "not supported
// yet", never reported as the learner's mistake ("undefined", "has no field or method").

package main

import (
	"os"
	"sync"
	"time"
)

func main() {
	os.Setenv("A", "1")      // ERROR "not supported yet: os.Setenv"
	var p sync.Pool          // ERROR "not supported yet: sync.Pool"
	t := time.Time{}
	_ = t.Hour()             // ERROR "not supported yet: method Hour of time.Time"
	_ = time.Monday          // ERROR "not supported yet: time.Monday"
	_ = p
}
