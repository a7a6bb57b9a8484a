package export

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// renameNoReplace renames tmp to target unless target exists (os.ErrExist): in one step
// (renameat2 with RENAME_NOREPLACE) where the file system can, else by a look and a rename.
func renameNoReplace(tmp, target string) error {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, target, unix.RENAME_NOREPLACE)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.EEXIST):
		return os.ErrExist
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EOPNOTSUPP):
		return lookThenRename(tmp, target) // an old kernel, a file system without it
	}
	return &os.LinkError{Op: "rename", Old: tmp, New: target, Err: err}
}
