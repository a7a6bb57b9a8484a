package export

import (
	"errors"
	"syscall"
)

// diskFull reports ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL.
func diskFull(err error) bool {
	var errno syscall.Errno
	return errors.As(err, &errno) && (errno == 112 || errno == 39)
}
