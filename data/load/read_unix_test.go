//go:build unix

package load

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"vertailu/data"

	"golang.org/x/sys/unix"
)

// TestReadPathReadsWholeFiles: the bare reads give the file's bytes, small or larger than the
// buffer a worker keeps, and reuse the buffer.
func TestReadPathReadsWholeFiles(t *testing.T) {
	dir := t.TempDir()
	var buf []byte
	for i, size := range []int{0, 1, 4096, 70000, keepBuffer + 10} {
		name := filepath.Join(dir, "f"+string(rune('a'+i)))
		want := bytes.Repeat([]byte{byte('a' + i)}, size)
		if err := os.WriteFile(name, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readPath(name, &buf)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%d bytes: got %d, %v", size, len(got), err)
		}
	}
	if cap(buf) > keepBuffer {
		t.Errorf("kept a buffer of %d bytes", cap(buf))
	}
	if _, err := readPath(filepath.Join(dir, "missing"), &buf); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// TestNamedPipeDoesNotHang: a pipe is not read (opening one for reading would wait for a
// writer), whether the walk sees it or it takes a file's place after the walk.
func TestNamedPipeDoesNotHang(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.txt")
	if err := unix.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	var buf []byte
	if _, err := readPath(pipe, &buf); !errors.Is(err, errNotRegular) {
		t.Errorf("readPath of a pipe: %v", err)
	}
	res, err := Folder(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 1 || res.Files[0].Status != data.Skipped || res.Files[0].Reason.Code != "not_regular" {
		t.Errorf("%+v", res.Files)
	}
}
