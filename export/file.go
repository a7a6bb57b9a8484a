package export

import (
	"context"
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
