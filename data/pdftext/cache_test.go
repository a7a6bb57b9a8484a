package pdftext

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// cacheDamage is what a damaged cache may hold where the compiled module was: each is a cache
// miss, and nothing that is not a regular file is opened.
var cacheDamage = map[string]func(t *testing.T, p string, good []byte){
	"flipped bytes": func(t *testing.T, p string, good []byte) {
		b := bytes.Clone(good)
		for i := range 8 {
			b[len(b)/3+i*97] ^= 0x55
		}
		write(t, p, b)
	},
	"truncated":    func(t *testing.T, p string, good []byte) { write(t, p, good[:len(good)/2]) },
	"empty":        func(t *testing.T, p string, good []byte) { write(t, p, nil) },
	"random bytes": func(t *testing.T, p string, good []byte) { write(t, p, randomBytes(len(good))) },
	"a folder": func(t *testing.T, p string, _ []byte) {
		remove(t, p)
		if err := os.MkdirAll(filepath.Join(p, "inside"), 0o700); err != nil {
			t.Fatal(err)
		}
	},
	"a link to /dev/zero": func(t *testing.T, p string, _ []byte) {
		remove(t, p)
		if err := os.Symlink("/dev/zero", p); err != nil {
			t.Skip(err)
		}
	},
	"unreadable": func(t *testing.T, p string, _ []byte) {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		if f, err := os.Open(p); err == nil { // the superuser reads it anyway: then it is damaged too
			f.Close()
			os.Chmod(p, 0o600)
			write(t, p, randomBytes(100))
			os.Chmod(p, 0)
		}
	},
}

func write(t *testing.T, p string, b []byte) {
	t.Helper()
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, p string) {
	t.Helper()
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rand.Uint32())
	}
	return b
}

// soundCache writes a cache folder holding one module file with its sidecar, as a start that
// compiled leaves it, and returns the folder and the module's path.
func soundCache(t *testing.T, module []byte) (root, p string) {
	t.Helper()
	root = filepath.Join(t.TempDir(), "pdfium")
	p = filepath.Join(root, wazeroFolder(), "0123abcd")
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		t.Fatal(err)
	}
	write(t, p, module)
	c := moduleCache{root: root, known: map[string]bool{}}
	c.sign()
	if c := openCache(root); !c.warm() {
		t.Fatal("the sound cache is not kept")
	}
	return root, p
}

// openedWithin opens the cache at root, failing the test if that does not end in a few
// seconds (a FIFO opened for reading waits for a writer for ever).
func openedWithin(t *testing.T, root string) moduleCache {
	t.Helper()
	done := make(chan moduleCache, 1)
	go func() { done <- openCache(root) }()
	select {
	case c := <-done:
		return c
	case <-time.After(10 * time.Second):
		t.Fatal("opening the cache hangs")
	}
	return moduleCache{}
}

// Each damage to the cached module is found before wazero reads it: the cache opens without
// it (a miss: PDFium is compiled again and the file written anew), and nothing else is lost.
func TestDamagedCacheIsAMiss(t *testing.T) {
	good := randomBytes(1 << 20)
	for name, damage := range cacheDamage {
		t.Run(name, func(t *testing.T) {
			root, p := soundCache(t, good)
			damage(t, p, good)
			c := openedWithin(t, root)
			if c.root != root || c.warm() {
				t.Fatalf("opened as %+v, want an empty cache at %s", c, root)
			}
			if _, err := os.Lstat(p); err == nil {
				t.Errorf("the damaged module is still there")
			}
		})
	}
}

// A damaged sidecar, and a cache folder that is not a folder, are misses too.
func TestDamagedCacheFolderIsAMiss(t *testing.T) {
	good := randomBytes(1 << 10)
	root, p := soundCache(t, good)
	write(t, p+".sum", []byte("0000\n"))
	if c := openedWithin(t, root); c.root != root || c.warm() {
		t.Errorf("a wrong sidecar: %+v", c)
	}
	for name, make := range map[string]func(string) error{
		"a file": func(p string) error { return os.WriteFile(p, good, 0o600) },
		"a link": func(p string) error { return os.Symlink(os.TempDir(), p) },
	} {
		root := filepath.Join(t.TempDir(), "pdfium")
		if err := make(root); err != nil {
			t.Fatal(err)
		}
		if c := openedWithin(t, root); c.root != root || c.warm() {
			t.Errorf("%s: %+v", name, c)
		}
		if info, err := os.Lstat(root); err != nil || !info.IsDir() {
			t.Errorf("%s: not made a folder", name)
		}
	}
}
