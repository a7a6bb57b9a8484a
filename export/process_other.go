//go:build !unix

package export

import "os"

// processRuns reports whether a process with this id exists (on Windows, FindProcess opens it
// and fails when there is none).
func processRuns(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
