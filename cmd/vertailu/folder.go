package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"vertailu/assets"
	"vertailu/data"
)

// loadFolder loads dir, or the embedded sample folder when dir is "". Progress goes to stderr
// for large folders. Ctrl+C cancels.
func loadFolder(dir string, stderr io.Writer) (*data.LoadResult, error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts := data.LoadOptions{Progress: progressPrinter(stderr, "reading")}
	if dir == "" {
		return data.LoadFS(ctx, assets.Samples(), assets.SamplesName, opts)
	}
	return data.LoadFolder(ctx, dir, opts)
}

// progressPrinter reports done/total on one stderr line for long runs (over 500 items).
func progressPrinter(w io.Writer, what string) func(done, total int) {
	return func(done, total int) {
		if total < 500 {
			return
		}
		if done%100 == 0 || done == total {
			fmt.Fprintf(w, "\r%s %d/%d", what, done, total)
			if done == total {
				fmt.Fprintln(w)
			}
		}
	}
}

// folderArg returns the optional single folder argument.
func folderArg(args []string) (string, error) {
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		return args[0], nil
	}
	return "", fmt.Errorf("expected at most one folder, got %d arguments", len(args))
}

// writeFileAtomic writes b to a temporary file beside path and renames it into place, so an
// interrupted run never leaves a half-written file.
func writeFileAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := tmp.Chmod(0o644); err != nil { // CreateTemp makes it 0600: a saved table is a normal file
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// refuseInside returns an error when out lies inside the folder being read: Vertailu never
// writes into the folder it reads.
func refuseInside(out, dir string) error {
	if dir == "" || out == "" {
		return nil
	}
	absOut, err1 := filepath.Abs(out)
	absDir, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return nil
	}
	if real, err := filepath.EvalSymlinks(absDir); err == nil {
		absDir = real
	}
	if real, err := filepath.EvalSymlinks(filepath.Dir(absOut)); err == nil {
		absOut = filepath.Join(real, filepath.Base(absOut))
	}
	rel, err := filepath.Rel(absDir, absOut)
	if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("will not write %s: it is inside the folder being read (%s); choose another place", out, dir)
	}
	return nil
}
