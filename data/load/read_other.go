//go:build !unix

package load

import "os"

// readPath reads a file on disk into *buf.
func readPath(name string, buf *[]byte) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return readOpen(f, buf)
}
