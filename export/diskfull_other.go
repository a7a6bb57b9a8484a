//go:build !windows

package export

import (
	"errors"
	"syscall"
)

// diskFull reports ENOSPC (no space on the device) and EDQUOT (the user's quota is used up).
func diskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}
