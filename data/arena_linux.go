package data

import (
	"os"

	"golang.org/x/sys/unix"
)

var pageSize = os.Getpagesize()

// populate asks the kernel to back the pages of a new, still untouched block now, in one call
// (MADV_POPULATE_WRITE, Linux 5.14). Where that is not supported the pages fault in one by
// one as they are written, as they would anyway.
func populate(b []byte) {
	off := pageOffset(b, pageSize)
	if end := len(b) &^ (pageSize - 1); off < end {
		_ = unix.Madvise(b[off:end], unix.MADV_POPULATE_WRITE)
	}
}
