package export

import (
	"context"
	"path/filepath"
	"strings"
)

// WriteFile writes b to path through a temporary file beside it and a rename, replacing an
// existing file: an interrupted write never leaves a half-written file under the real name.
func WriteFile(path string, b []byte) error {
	return placeFile(context.Background(), path, b, true)
}

// Inside reports whether path lies inside folder (or is folder itself), after resolving
// symbolic links where they exist. Vertailu never writes into the folder it reads; the
// command line and the app ask this before saving anything.
func Inside(path, folder string) bool {
	if path == "" || folder == "" {
		return false
	}
	absPath, err1 := filepath.Abs(path)
	absDir, err2 := filepath.Abs(folder)
	if err1 != nil || err2 != nil {
		return false
	}
	if real, err := filepath.EvalSymlinks(absDir); err == nil {
		absDir = real
	}
	if real, err := filepath.EvalSymlinks(absPath); err == nil {
		absPath = real
	} else if real, err := filepath.EvalSymlinks(filepath.Dir(absPath)); err == nil {
		absPath = filepath.Join(real, filepath.Base(absPath))
	}
	rel, err := filepath.Rel(absDir, absPath)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
