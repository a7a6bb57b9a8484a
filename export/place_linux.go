package export

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"
)

// placeUnnamed writes b into a file without a name (O_TMPFILE) in target's folder and gives it
// its name once whole: a kill at any moment leaves nothing behind. With force the file is
// named with a temporary name and renamed over target (the name lives a moment, and
// removeStaleTemps takes it should the process die in that moment). It returns errNoUnnamed
// when the file system cannot do this (an old kernel, some network and FAT drives, no /proc).
func placeUnnamed(ctx context.Context, target string, write content, force bool) error {
	dir := filepath.Dir(target)
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, 0o644)
	if err != nil {
		if errors.Is(err, unix.ENOENT) || errors.Is(err, unix.EACCES) || errors.Is(err, unix.ENOTDIR) ||
			errors.Is(err, unix.EROFS) || errors.Is(err, unix.ENOSPC) || errors.Is(err, unix.EDQUOT) {
			return &os.PathError{Op: "create", Path: target, Err: err}
		}
		return errNoUnnamed // EOPNOTSUPP, EISDIR (no O_TMPFILE), EINVAL…
	}
	f := os.NewFile(uintptr(fd), target)
	defer f.Close()
	if err := f.Chmod(0o644); err != nil { // the umask may have taken bits away
		return err
	}
	if err := write(f); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	proc := "/proc/self/fd/" + strconv.Itoa(fd)
	if !force {
		if beforeNaming != nil {
			beforeNaming(target)
		}
		err := unix.Linkat(unix.AT_FDCWD, proc, unix.AT_FDCWD, target, unix.AT_SYMLINK_FOLLOW)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, unix.EEXIST):
			return os.ErrExist
		case errors.Is(err, unix.ENOENT) && !dirExists(dir):
			return &os.PathError{Op: "link", Path: target, Err: err}
		case errors.Is(err, unix.ENOENT), errors.Is(err, unix.EPERM), errors.Is(err, unix.EOPNOTSUPP):
			return errNoUnnamed // no /proc, or no links on this file system
		}
		return &os.PathError{Op: "link", Path: target, Err: err}
	}
	tmp, err := linkTemp(proc, dir, filepath.Base(target))
	if err != nil {
		return err
	}
	defer os.Remove(tmp) // harmless after the rename
	return moveIntoPlace(ctx, tmp, target, true)
}

// linkTemp gives the unnamed file at proc a temporary name in dir (see tempName).
func linkTemp(proc, dir, base string) (string, error) {
	for try := 0; ; try++ {
		name := filepath.Join(dir, "."+base+tempMark+strconv.Itoa(os.Getpid())+"-"+strconv.Itoa(try)+".tmp")
		err := unix.Linkat(unix.AT_FDCWD, proc, unix.AT_FDCWD, name, unix.AT_SYMLINK_FOLLOW)
		switch {
		case err == nil:
			return name, nil
		case errors.Is(err, unix.EEXIST) && try < 100:
			continue
		case errors.Is(err, unix.ENOENT) && dirExists(dir), errors.Is(err, unix.EPERM), errors.Is(err, unix.EOPNOTSUPP):
			return "", errNoUnnamed
		}
		return "", &os.PathError{Op: "link", Path: name, Err: err}
	}
}

func dirExists(dir string) bool {
	info, err := os.Stat(dir)
	return err == nil && info.IsDir()
}
