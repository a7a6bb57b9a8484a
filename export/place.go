package export

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// placeFile puts b at target so that no one ever sees a partial file under target's name,
// whatever stops the program: with force replacing a file already there, without it failing
// with os.ErrExist (even for a file made a moment ago by someone else). Where the system can
// (Linux), the bytes are written into a file without a name that gets its name only when
// whole, so even kill -9 leaves nothing behind; elsewhere into a hidden temporary file beside
// target, named after it and this process (see tempName), that a later write into the folder
// removes if this process died before it could (removeStaleTemps). A cancelled ctx leaves
// nothing behind.
func placeFile(ctx context.Context, target string, b []byte, force bool) error {
	return placeContent(ctx, target, bytesContent(b), force)
}

// content writes a file's bytes to w: all at once, or as they are made (a meeting pack).
type content func(w io.Writer) error

func bytesContent(b []byte) content {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}

// placeContent is placeFile for bytes that write writes; its error, or the system's when
// the disk is full, leaves nothing behind.
func placeContent(ctx context.Context, target string, write content, force bool) error {
	err := placeUnnamed(ctx, target, write, force)
	if errors.Is(err, errNoUnnamed) {
		err = placeNamedContent(ctx, target, write, force)
	}
	return plainWriteError(err)
}

// errNoUnnamed says the system or the file system cannot make a file without a name.
var errNoUnnamed = errors.New("no unnamed temporary files here")

func placeNamedContent(ctx context.Context, target string, write content, force bool) error {
	tmp, err := os.CreateTemp(filepath.Dir(target), tempName(filepath.Base(target)))
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // harmless after a rename
	// CreateTemp makes the file 0600; an exported file is an ordinary document.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return moveIntoPlace(ctx, tmp.Name(), target, force)
}

// beforeNaming, when set (tests), runs just before a whole file takes its name: another run
// can make a file of that name there.
var beforeNaming func(target string)

// moveIntoPlace gives the whole file at tmp the name target.
func moveIntoPlace(ctx context.Context, tmp, target string, force bool) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if beforeNaming != nil {
		beforeNaming(target)
	}
	if force {
		return os.Rename(tmp, target)
	}
	err := os.Link(tmp, target)
	if err == nil || errors.Is(err, os.ErrExist) {
		return err
	}
	return renameNoReplace(tmp, target) // no hard links here (some network or FAT drives)
}

// tempMark is in the name of every temporary file Vertailu makes.
const tempMark = ".vertailu-"

// tempName is the os.CreateTemp pattern for a temporary file that will become base: hidden,
// saying what it will be, and which process writes it (".S22829_Valo.pdf.vertailu-4242-*.tmp").
func tempName(base string) string {
	return "." + base + tempMark + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// removeStaleTemps removes from dir the temporary files of Vertailu processes that no longer
// run (killed in the middle of a write), and those of earlier versions of Vertailu
// (".vertailu-*.pdf.tmp") more than an hour old. It never touches another file.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") {
			continue
		}
		if stale(e) {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// stale reports whether e is a temporary file no running Vertailu will finish.
func stale(e os.DirEntry) bool {
	name := e.Name()
	if strings.HasPrefix(name, tempMark) && strings.HasSuffix(name, ".pdf.tmp") { // earlier versions
		info, err := e.Info()
		return err == nil && time.Since(info.ModTime()) > time.Hour
	}
	i := strings.LastIndex(name, tempMark)
	if i < 0 {
		return false
	}
	pid, _, ok := strings.Cut(name[i+len(tempMark):], "-")
	n, err := strconv.Atoi(pid)
	if !ok || err != nil || n <= 0 {
		return false
	}
	return n != os.Getpid() && !processRuns(n)
}

// lookThenRename renames tmp to target unless target exists (os.ErrExist), where the system
// offers no rename that refuses: a file made between the look and the rename is replaced.
func lookThenRename(tmp, target string) error {
	if _, err := os.Lstat(target); err == nil {
		return os.ErrExist
	}
	return os.Rename(tmp, target)
}
