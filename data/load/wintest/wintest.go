// Package wintest helps the tests that run the Windows build under Wine: temporary folders
// removed file by file. Go 1.26's os.RemoveAll on Windows asks for a POSIX-style delete that
// Wine 8 does not know ("Invalid function"), so t.TempDir's own cleanup would fail every test
// run under Wine.
package wintest

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TempDir makes a folder below parent ("" for the system's temporary folder), with name below
// it when name is not "", removed at the end of the test.
func TempDir(t testing.TB, parent, name string) string {
	t.Helper()
	root, err := os.MkdirTemp(parent, "vertailu-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { RemoveTree(t, root) })
	dir := filepath.Join(root, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// RemoveTree removes dir and everything below it, deepest first, with os.Remove.
func RemoveTree(t testing.TB, dir string) {
	var paths []string
	filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
		if err == nil {
			paths = append(paths, p)
		}
		return nil
	})
	slices.Reverse(paths)
	for _, p := range paths {
		if err := os.Remove(p); err != nil {
			t.Errorf("cleanup: %v", err)
		}
	}
}
