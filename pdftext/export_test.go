package pdftext

import "time"

// SetReadTimeout sets how long one PDF may take, for the tests; it returns the old value.
func SetReadTimeout(d time.Duration) time.Duration {
	old := readTimeout
	readTimeout = d
	return old
}
