package export

import (
	"errors"
	"fmt"
)

// ErrDiskFull is what a write that ran out of space wraps: the disk (or the user's quota) is
// full. Nothing of the file is left behind.
var ErrDiskFull = errors.New("the disk is full")

// plainWriteError says "the disk is full" in so many words when err is the system's way of
// saying it; any other error is returned as it is.
func plainWriteError(err error) error {
	if err != nil && diskFull(err) && !errors.Is(err, ErrDiskFull) {
		return fmt.Errorf("%w: %w", ErrDiskFull, err)
	}
	return err
}
