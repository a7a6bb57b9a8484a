//go:build !unix

package data

import "os"

// readPath reads a file on disk into *buf.
func readPath(name string, buf *[]byte) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(0)
	if info, err := f.Stat(); err == nil {
		if !info.Mode().IsRegular() {
			return nil, &os.PathError{Op: "read", Path: name, Err: errNotRegular}
		}
		size = info.Size()
	}
	return readAll(f, size, buf)
}
