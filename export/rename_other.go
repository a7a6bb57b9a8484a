//go:build !linux && !windows

package export

// renameNoReplace renames tmp to target unless target exists (os.ErrExist).
func renameNoReplace(tmp, target string) error { return lookThenRename(tmp, target) }
