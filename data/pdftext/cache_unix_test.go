//go:build unix

package pdftext

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"vertailu/assets/words"
	"vertailu/data/load"
)

func init() {
	cacheDamage["a FIFO"] = func(t *testing.T, p string, _ []byte) {
		remove(t, p)
		if err := syscall.Mkfifo(p, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// A start with an empty cache says it prepares the reader (it compiles), and reads; the next
// start, from the cache, says nothing and reads; after a FIFO took the compiled module's place
// (a start once hung on it for good), the next start compiles again and reads. Skipped under
// the race detector, which makes compiling take minutes (the other tests cover the cache).
func TestCacheOfTheRealModule(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("compiles PDFium three times")
	}
	pdf, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.pdf"))
	if err != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	root := filepath.Join(t.TempDir(), "pdfium")
	read := func(wantPreparing int) {
		t.Helper()
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "S22829.pdf"), pdf, 0o600)
		preparing := 0
		res, err := load.Folder(t.Context(), dir, load.Options{
			PDF: newReader(root, nil, memoryLimit), Preparing: func() { preparing++ },
		})
		if err != nil {
			t.Fatal(err)
		}
		if f := res.Files[0]; f.Project == nil {
			t.Errorf("S22829.pdf: %s", words.Of("en").Problem(f.Reason))
		}
		if preparing != wantPreparing {
			t.Errorf("said preparing %d times, want %d", preparing, wantPreparing)
		}
	}
	read(1)
	read(0)
	modules, _ := filepath.Glob(filepath.Join(root, "*", "*.sum"))
	if len(modules) != 1 {
		t.Fatalf("cache holds %v", modules)
	}
	p := strings.TrimSuffix(modules[0], ".sum")
	cacheDamage["a FIFO"](t, p, nil)
	read(1)
}

// A FIFO in place of the sidecar is not opened either.
func TestFIFOSidecarIsAMiss(t *testing.T) {
	root, p := soundCache(t, randomBytes(1<<10))
	remove(t, p+".sum")
	if err := syscall.Mkfifo(p+".sum", 0o600); err != nil {
		t.Fatal(err)
	}
	if c := openedWithin(t, root); c.root != root || c.warm() {
		t.Errorf("opened as %+v", c)
	}
	if _, err := os.Lstat(p + ".sum"); err == nil {
		t.Errorf("the FIFO is still there")
	}
}
