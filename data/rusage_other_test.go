//go:build !unix

package data_test

import "time"

// cpuTime is not measured on this system: the CPU and page-fault figures of the load
// benchmark read zero.
func cpuTime() (time.Duration, int64) { return 0, 0 }
