package words

import (
	"errors"
	"io/fs"
	"syscall"

	"vertailu/data"
)

// Error is err as a reader of l reads it: a folder or file that cannot be used named with its
// problem and its cause worded, a system error on a path by its kind; any other error as it
// says itself (the app's own are worded where they are made, and a system error inside
// another's words keeps them).
func (l Lang) Error(err error) string {
	var pe *data.PlaceError
	if !errors.As(err, &pe) {
		if path, ok := err.(*fs.PathError); ok {
			return path.Path + ": " + l.Cause(path.Err)
		}
		return err.Error()
	}
	s := l.T("place."+string(pe.Problem), "Path", pe.Path, "Place", pe.Place)
	if pe.Err != nil && pe.Problem != data.InsideReadFolder {
		s += ": " + l.Cause(pe.Err)
	}
	return s
}

// Cause words a system error by its kind ("no such file or folder", "permission denied", "the
// disk is full"…), any other as the system says it.
func (l Lang) Cause(err error) string {
	if s, ok := l.cause(err); ok {
		return s
	}
	return err.Error()
}

// causes are the system errors worded by their kind, as errors.Is finds them.
var causes = []struct {
	err error
	id  string
}{
	{fs.ErrNotExist, "cause.not_exist"},
	{fs.ErrPermission, "cause.permission"},
	{syscall.ENOSPC, "cause.disk_full"},
	{data.ErrNotebookFull, "cause.disk_full"},
	{syscall.EROFS, "cause.read_only"},
	{syscall.ENOTDIR, "cause.not_dir"},
	{syscall.ELOOP, "cause.loop"},
	{syscall.ENAMETOOLONG, "cause.name_too_long"},
	{syscall.EIO, "cause.io"},
}

func (l Lang) cause(err error) (string, bool) {
	for _, c := range causes {
		if errors.Is(err, c.err) {
			return l.T(c.id), true
		}
	}
	return "", false
}
