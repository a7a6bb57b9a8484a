package export

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// WriteFile writes b to path through a temporary file beside it and a rename, replacing an
// existing file: an interrupted write never leaves a half-written file under the real name.
func WriteFile(path string, b []byte) error {
	return WriteFileContext(context.Background(), path, b)
}

// WriteFileContext is WriteFile that gives up, leaving nothing behind, when ctx is cancelled
// before the file is in place.
func WriteFileContext(ctx context.Context, path string, b []byte) error {
	removeStaleTemps(filepath.Dir(path))
	return placeFile(ctx, path, b, true)
}

// ErrAppeared is the error WriteNewFileContext and WritePackFile wrap (with the path) when a
// file appeared under the name while theirs was being written (another run, another program):
// that file is kept as it is, and theirs is not written. It is an os.ErrExist.
var ErrAppeared = fmt.Errorf("a file of that name appeared while this one was being written; it was kept: %w", os.ErrExist)

// WriteNewFileContext is WriteFileContext that never replaces a file: the name is taken only
// if it is still free when the bytes are whole (a link or a create, never a rename over), so
// of two runs writing one name one gets ErrAppeared and none is lost.
func WriteNewFileContext(ctx context.Context, path string, b []byte) error {
	removeStaleTemps(filepath.Dir(path))
	return appeared(path, placeFile(ctx, path, b, false))
}

// appeared wraps ErrAppeared around a placing's os.ErrExist.
func appeared(path string, err error) error {
	if errors.Is(err, os.ErrExist) {
		return &os.PathError{Op: "create", Path: path, Err: ErrAppeared}
	}
	return err
}
