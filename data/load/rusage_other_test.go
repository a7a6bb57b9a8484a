//go:build !unix

package load_test

import "time"

// usage is not measured on this system: the CPU and page-fault figures of the load
// benchmark read zero.
func usage() (time.Duration, int64) { return 0, 0 }
