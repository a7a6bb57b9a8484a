//go:build unix

package load_test

import (
	"syscall"
	"time"
)

// usage is the processor time the process has used so far, user and system together, and
// the page faults it has taken (minor ones: a page of new memory made ready).
func usage() (time.Duration, int64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), ru.Minflt
}
