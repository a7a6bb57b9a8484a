//go:build !unix

package data_test

import "time"

// cpuTime is not measured on this system: the CPU figures of the load benchmark read zero.
func cpuTime() time.Duration { return 0 }
