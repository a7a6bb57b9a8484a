package load

import (
	"context"
	"os"
	"path/filepath"

	"vertailu/data"
)

// Files reads the files at paths (each a project list export or a description), wherever
// they are, as one load: what Folder does for a folder's files. A file's Path is the path
// as given, with forward slashes. It fails when a path is not a readable file or ctx is
// cancelled.
func Files(ctx context.Context, paths []string, opts Options) (*data.LoadResult, error) {
	srcs := make([]source, 0, len(paths))
	var places []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, &data.PlaceError{Path: p, Problem: data.FileUnreadable, Err: err}
		}
		if !info.Mode().IsRegular() {
			return nil, &data.PlaceError{Path: p, Problem: data.NotAFile}
		}
		srcs = append(srcs, source{rel: filepath.ToSlash(filepath.Clean(p)), path: p})
		if abs, err := filepath.Abs(filepath.Dir(p)); err == nil {
			if real, err := filepath.EvalSymlinks(abs); err == nil {
				abs = real
			}
			places = append(places, abs)
		}
	}
	res, err := load(ctx, "", srcs, opts)
	if res != nil {
		res.Places = places
	}
	return res, err
}
