package export

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// renameNoReplace renames tmp to target unless target exists (os.ErrExist), in one step:
// MoveFileEx without MOVEFILE_REPLACE_EXISTING (os.Rename would replace).
func renameNoReplace(tmp, target string) error {
	from, err := windows.UTF16PtrFromString(tmp)
	if err != nil {
		return err
	}
	to, err := windows.UTF16PtrFromString(target)
	if err != nil {
		return err
	}
	err = windows.MoveFileEx(from, to, windows.MOVEFILE_WRITE_THROUGH)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, windows.ERROR_ALREADY_EXISTS), errors.Is(err, windows.ERROR_FILE_EXISTS):
		return os.ErrExist
	}
	return &os.LinkError{Op: "rename", Old: tmp, New: target, Err: err}
}
