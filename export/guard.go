package export

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"vertailu/data"
)

// ErrInsideReadFolder is the error RefuseInside wraps: Vertailu never writes into a folder it
// reads.
var ErrInsideReadFolder = errors.New("inside the folder being read")

// RefuseInside returns an error wrapping ErrInsideReadFolder when out, a file or folder about to
// be written, lies by any path inside one of the places being read (a folder as given, or
// data.LoadResult.Places: the folder and whatever its links lead to). It resolves out the way
// the system will when writing: from its nearest existing ancestor, every link followed (so
// "LINK/new" where LINK points into the folder is inside it), and compares both the resolved
// paths and the folders' identities (so a second mount of the same folder is caught too). Every
// writer of the command line and the app asks it before writing anything.
func RefuseInside(out string, places ...string) error {
	if out == "" {
		return nil
	}
	target, err := landing(out)
	if err != nil {
		return &data.PlaceError{Path: out, Problem: data.WhereUnknown, Err: err}
	}
	for _, place := range places {
		if place == "" {
			continue
		}
		if inside(target, place) {
			return &data.PlaceError{Path: out, Problem: data.InsideReadFolder, Place: place, Err: ErrInsideReadFolder}
		}
	}
	return nil
}

// landing returns where out will really be written: its nearest existing ancestor with every
// link resolved, and the rest of out (which does not exist yet, so holds no links) after it.
func landing(out string) (string, error) {
	p := out
	if !filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		p = wd + string(filepath.Separator) + p // not Join: "LINK/.." must not be cleaned away
	}
	var rest []string
	for {
		if _, err := os.Stat(p); err == nil {
			real, err := filepath.EvalSymlinks(p)
			if err != nil {
				return "", err
			}
			return filepath.Join(append([]string{real}, rest...)...), nil
		}
		dir, base := filepath.Dir(p), filepath.Base(p)
		if dir == p || base == "" {
			return filepath.Clean(out), nil // nothing of it exists, not even a root
		}
		if cut := strings.LastIndexAny(p, separators); cut >= 0 {
			dir, base = p[:cut], p[cut+1:]
			if dir == "" || strings.HasSuffix(dir, ":") {
				dir += string(filepath.Separator)
			}
		}
		rest = append([]string{base}, rest...)
		p = dir
	}
}

// separators are the characters that separate path elements here.
var separators = func() string {
	if runtime.GOOS == "windows" {
		return `\/`
	}
	return "/"
}()

// inside reports whether target is place or lies below it: by the resolved paths, or because
// target or one of its existing ancestors is the very folder or file place is.
func inside(target, place string) bool {
	real := place
	if r, err := filepath.EvalSymlinks(place); err == nil {
		real = r
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if below(target, real) {
		return true
	}
	placeInfo, err := os.Stat(real)
	if err != nil {
		return false
	}
	for p := target; ; p = filepath.Dir(p) {
		if info, err := os.Stat(p); err == nil && os.SameFile(info, placeInfo) {
			return true
		}
		if filepath.Dir(p) == p {
			return false
		}
	}
}

// below reports whether path is dir or inside it, comparing cleaned absolute paths (without
// case on Windows and macOS, whose file systems ignore it).
func below(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		rel, err = filepath.Rel(strings.ToLower(dir), strings.ToLower(path))
	}
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
