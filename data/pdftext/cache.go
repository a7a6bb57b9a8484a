package pdftext

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"
)

// The compiled PDFium is kept in the user's cache folder (vertailu/pdfium): compiling it takes
// seconds, reading it back a fraction of one. wazero keeps it there as one file per compiled
// module, in a folder per wazero version (wazero-v1.12.0-amd64-linux/<sha-256 key>), and reads
// it back trusting what it reads: a damaged file stops the start (its checksum covers only the
// machine code; offsets read from the file can make the process jump anywhere), a FIFO in
// its place hangs it, a link to /dev/zero feeds it zeros. So wazero is shown only files this
// program saw it write: after a start that compiled, each new file gets a sidecar <file>.sum
// holding its SHA-256, and before the next start everything in the cache folder that is not a
// regular file with a matching sidecar is removed, without being opened when it is not a
// regular file. A removed file is a cache miss: wazero compiles again and writes the file
// anew (to a temporary file renamed into place, so another run never sees half of it).

// moduleCache is the cache folder as the start finds it.
type moduleCache struct {
	root  string          // "" when there is none: PDFium is compiled at every start
	known map[string]bool // the files (relative to root) found sound, kept
}

// wazeroFolder is the name of the folder of the cache where this wazero keeps its compiled
// modules, as wazero names it (cache.go, internal/version): its version as the build records
// it, "dev" when it does not (a test binary). A test binary and the app so keep a module each.
func wazeroFolder() string {
	v := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if strings.Contains(dep.Path, "github.com/tetratelabs/wazero") {
				v = dep.Version
			}
		}
		if v == "" || v == "(devel)" {
			v = info.Main.Version
		}
	}
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	return "wazero-" + v + "-" + runtime.GOARCH + "-" + runtime.GOOS
}

// openCache makes the cache folder root sound (see above) and returns it; one without a root
// when root is "" or cannot be made sound.
func openCache(root string) moduleCache {
	if root == "" || !soundFolder(root) {
		return moduleCache{}
	}
	c := moduleCache{root: root, known: map[string]bool{}}
	entries, ok := readFolder(root)
	if !ok {
		return moduleCache{}
	}
	for _, e := range entries {
		p := filepath.Join(root, e.Name())
		if !e.IsDir() { // wazero keeps only folders here
			if os.RemoveAll(p) != nil {
				return moduleCache{}
			}
			continue
		}
		if !c.clean(e.Name()) {
			return moduleCache{}
		}
	}
	return c
}

// warm reports whether the cache holds a compiled module it can trust for this wazero.
func (c moduleCache) warm() bool {
	for rel := range c.known {
		if filepath.Dir(rel) == wazeroFolder() {
			return true
		}
	}
	return false
}

// soundFolder makes sure dir is a folder (not a link to one, nor anything else), creating it.
func soundFolder(dir string) bool {
	info, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return false
	case info.IsDir():
		return true
	default:
		if os.Remove(dir) != nil {
			return false
		}
	}
	return os.MkdirAll(dir, 0o700) == nil
}

// readFolder lists dir, giving an unreadable one back its owner's rights first.
func readFolder(dir string) ([]fs.DirEntry, bool) {
	entries, err := os.ReadDir(dir)
	if err != nil && os.Chmod(dir, 0o700) == nil {
		entries, err = os.ReadDir(dir)
	}
	return entries, err == nil
}

// staleTemporary is the age past which a temporary file in the cache is left over from a run
// that was stopped; a younger one may be another run's, being written.
const staleTemporary = time.Hour

// clean removes from the folder sub of the cache all that is not a sound compiled module and
// records the modules kept; false when it could not.
func (c moduleCache) clean(sub string) bool {
	dir := filepath.Join(c.root, sub)
	entries, ok := readFolder(dir)
	if !ok {
		return os.RemoveAll(dir) == nil
	}
	names := map[string]bool{}
	for _, e := range entries {
		names[e.Name()] = true
	}
	for _, e := range entries {
		name, p := e.Name(), filepath.Join(dir, e.Name())
		var keep bool
		switch {
		case strings.HasSuffix(name, ".sum"):
			keep = names[strings.TrimSuffix(name, ".sum")] // checked with its file
		case strings.HasSuffix(name, ".tmp"):
			info, err := e.Info()
			keep = err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) < staleTemporary
		case e.Type().IsRegular():
			keep = matchesSum(p)
			if keep {
				c.known[filepath.Join(sub, name)] = true
			}
		}
		if !keep && (os.RemoveAll(p) != nil || os.RemoveAll(p+".sum") != nil) {
			return false
		}
	}
	return true
}

// maxModule bounds the size of a compiled module file (PDFium's is about 22 MB).
const maxModule = 256 << 20

// matchesSum reports whether the file at p is a regular file whose SHA-256 is what its
// sidecar says.
func matchesSum(p string) bool {
	want, err := readRegular(p+".sum", 100)
	if err != nil {
		return false
	}
	f, err := openRegular(p)
	if err != nil {
		return false
	}
	defer f.Close()
	h := sha256.New()
	if n, err := io.Copy(h, io.LimitReader(f, maxModule+1)); err != nil || n > maxModule {
		return false
	}
	return strings.TrimSpace(string(want)) == hex.EncodeToString(h.Sum(nil))
}

// openRegular opens the file at p for reading when it is a regular file. Opening does not
// wait (a FIFO would wait for a writer), and what was opened is checked after.
func openRegular(p string) (*os.File, error) {
	if info, err := os.Lstat(p); err != nil || !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, errNotRegular
	}
	return f, nil
}

var errNotRegular = errors.New("not a regular file")

// readRegular reads the regular file at p, of at most n bytes.
func readRegular(p string, n int64) ([]byte, error) {
	f, err := openRegular(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, n+1))
	if err == nil && int64(len(b)) > n {
		err = errors.New("too long")
	}
	return b, err
}

// sign gives each module file wazero wrote during the start a sidecar with its SHA-256, and
// when there is one, removes the modules this wazero kept from before (an older PDFium's).
// Another wazero's are left: they may be another build's (the tests', or an older app's).
func (c moduleCache) sign() {
	if c.root == "" {
		return
	}
	var written []string
	filepath.WalkDir(c.root, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(c.root, p)
		if err != nil || !d.Type().IsRegular() || strings.HasSuffix(p, ".sum") || strings.HasSuffix(p, ".tmp") || c.known[rel] {
			return nil
		}
		if writeSum(p) == nil {
			written = append(written, rel)
		}
		return nil
	})
	if len(written) == 0 {
		return
	}
	for rel := range c.known {
		if filepath.Dir(rel) == wazeroFolder() {
			os.Remove(filepath.Join(c.root, rel))
			os.Remove(filepath.Join(c.root, rel+".sum"))
		}
	}
}

// writeSum writes the sidecar of the file at p, whole or not at all.
func writeSum(p string) error {
	f, err := openRegular(p)
	if err != nil {
		return err
	}
	h := sha256.New()
	_, err = io.Copy(h, f)
	f.Close()
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), filepath.Base(p)+".sum.*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.WriteString(hex.EncodeToString(h.Sum(nil)) + "\n")
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p+".sum")
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// wipe empties the cache folder: what wazero could not read back is compiled again.
func (c moduleCache) wipe() {
	if c.root == "" {
		return
	}
	entries, _ := os.ReadDir(c.root)
	for _, e := range entries {
		os.RemoveAll(filepath.Join(c.root, e.Name()))
	}
}
