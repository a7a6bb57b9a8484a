package load_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"vertailu/assets"
	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/synth"
)

func writeFile(t testing.TB, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// snapshot lists every file below dir with its size and modification time.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil {
			b.WriteString(p + " " + info.ModTime().String() + "\n")
		}
		return nil
	})
	return b.String()
}

func TestLoadFolderAccountsForEveryFile(t *testing.T) {
	dir := t.TempDir()
	s0 := []byte(seedText(t, seed0))
	writeFile(t, filepath.Join(dir, "a.txt"), s0)
	writeFile(t, filepath.Join(dir, "sub", "deeper", "b.txt"), []byte(seedText(t, seed1)))
	writeFile(t, filepath.Join(dir, "sub", "copy of a.txt"), s0)
	writeFile(t, filepath.Join(dir, "empty.txt"), nil)
	writeFile(t, filepath.Join(dir, "logo.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00"))
	writeFile(t, filepath.Join(dir, "blob.bin"), []byte{0, 1, 2, 3, 0, 0, 0xff})
	writeFile(t, filepath.Join(dir, "hakemus.txt"), []byte("Hankehakemus\nHankekoodi: S1\n"))
	if err := os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)

	var calls atomic.Int32
	res, err := load.Folder(context.Background(), dir, load.Options{Workers: 3, Progress: func(done, total int) {
		calls.Add(1)
		if done > total {
			t.Errorf("progress %d/%d", done, total)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"a.txt":             "warn", // same code as the copy
		"blob.bin":          "skip",
		"dangling.txt":      "skip",
		"empty.txt":         "skip",
		"hakemus.txt":       "skip",
		"logo.png":          "skip",
		"sub/copy of a.txt": "warn",
		"sub/deeper/b.txt":  "ok",
		"sub/loop/":         "skip",
	}
	got := map[string]string{}
	for _, f := range res.Files {
		got[f.Path] = f.Status.String()
		if f.Status == data.Skipped && f.Reason.Code == "" {
			t.Errorf("%s skipped without a reason", f.Path)
		}
	}
	for path, status := range want {
		if got[path] != status {
			t.Errorf("%s: %q, want %q", path, got[path], status)
		}
	}
	if len(got) != len(want) {
		t.Errorf("files = %v", got)
	}
	if int(calls.Load()) != len(res.Files) {
		t.Errorf("progress reported %d times for %d files", calls.Load(), len(res.Files))
	}
	if len(res.Projects) != 3 || res.Projects[0].File != "a.txt" || res.Projects[1].File != "sub/copy of a.txt" {
		t.Errorf("projects not in path order: %d", len(res.Projects))
	}
	if !hasWarning(res.Projects[0], "also appears in sub/copy of a.txt") || !hasWarning(res.Projects[1], "also appears in a.txt") {
		t.Errorf("duplicate codes must name each other: %v / %v", res.Projects[0].Warnings, res.Projects[1].Warnings)
	}
	if after := snapshot(t, dir); after != before {
		t.Error("loading changed the folder")
	}
}

func TestLoadFolderErrors(t *testing.T) {
	if _, err := load.Folder(context.Background(), filepath.Join(t.TempDir(), "nope"), load.Options{}); err == nil {
		t.Error("a missing folder must fail")
	}
	f := filepath.Join(t.TempDir(), "f.txt")
	writeFile(t, f, []byte("x"))
	if _, err := load.Folder(context.Background(), f, load.Options{}); err == nil {
		t.Error("a file is not a folder")
	}
}

func TestLoadFolderUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file; the dangling link in TestLoadFolderAccountsForEveryFile covers an unreadable entry")
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "secret.txt"), []byte(seedText(t, seed0)))
	os.Chmod(filepath.Join(dir, "secret.txt"), 0)
	res, err := load.Folder(context.Background(), dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Files[0].Status != data.Skipped || !strings.Contains(words.Of("en").Problem(res.Files[0].Reason), "cannot read") {
		t.Errorf("%+v", res.Files[0])
	}
}

func TestLoadStableOrderAndCancel(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteFolder(dir, 300, 1); err != nil {
		t.Fatal(err)
	}
	a, err := load.Folder(context.Background(), dir, load.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := load.Folder(context.Background(), dir, load.Options{Workers: 8})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Projects) != 300 || len(b.Projects) != 300 {
		t.Fatalf("loaded %d and %d of 300", len(a.Projects), len(b.Projects))
	}
	for i := range a.Projects {
		if a.Projects[i].File != b.Projects[i].File {
			t.Fatalf("order differs at %d", i)
		}
		if len(a.Projects[i].Warnings) != 0 {
			t.Fatalf("synthetic file has warnings: %v", a.Projects[i].Warnings)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	_, err = load.Folder(ctx, dir, load.Options{Workers: 2, Progress: func(done, _ int) {
		if done == 10 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled load returned %v", err)
	}
}

// TestLoadedProjectsOutliveTheReadBuffer loads the samples with one worker, after a large
// note that sorts first, so one read buffer serves every file; each project must equal a parse
// of its own copy of the bytes.
func TestLoadedProjectsOutliveTheReadBuffer(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "000_note.txt"), bytes.Repeat([]byte("muistiinpano\n"), 20000))
	samples, _ := fs.ReadDir(assets.Samples(), ".")
	for _, e := range samples {
		b, _ := fs.ReadFile(assets.Samples(), e.Name())
		writeFile(t, filepath.Join(dir, e.Name()), b)
	}
	res, err := load.Folder(context.Background(), dir, load.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Projects) != len(samples) {
		t.Fatalf("loaded %d projects, want %d", len(res.Projects), len(samples))
	}
	for _, p := range res.Projects {
		b, err := os.ReadFile(filepath.Join(dir, p.File))
		if err != nil {
			t.Fatal(err)
		}
		want, err := load.Parse(p.File, b)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := json.Marshal(p)
		wantJSON, _ := json.Marshal(want)
		if !bytes.Equal(got, wantJSON) {
			t.Errorf("%s differs from a parse of its own bytes: the read buffer leaked into the model", p.File)
		}
	}
}

// TestTooLargeFileSkippedBySize: a file over the size limit is skipped with its size, read or
// not; the folder's other files still load.
func TestTooLargeFileSkippedBySize(t *testing.T) {
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(33 << 20); err != nil { // sparse: nothing written
		t.Fatal(err)
	}
	f.Close()
	b, _ := fs.ReadFile(assets.Samples(), "000_4cc8329ff47c7010.txt")
	writeFile(t, filepath.Join(dir, "ok.txt"), b)
	res, err := load.Folder(context.Background(), dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 2 || len(res.Projects) != 1 {
		t.Fatalf("files %+v", res.Files)
	}
	if r := words.Of("en").Problem(res.Files[0].Reason); res.Files[0].Path != "huge.txt" || !strings.Contains(r, "too large") || !strings.Contains(r, "33 MB") {
		t.Errorf("huge.txt: %q", r)
	}
}

// TestCancelStopsTheWalk: a cancelled load does not walk the rest of a deep folder tree (the
// app's Cancel and Ctrl+C must not wait for a slow network folder to be listed).
func TestCancelStopsTheWalk(t *testing.T) {
	dir := t.TempDir()
	for i := range 50 {
		sub := filepath.Join(dir, fmt.Sprintf("d%02d", i))
		os.Mkdir(sub, 0o755)
		os.WriteFile(filepath.Join(sub, "a.txt"), []byte("x"), 0o644)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := load.Folder(ctx, dir, load.Options{Progress: func(int, int) { t.Error("a file was read after the cancel") }})
	if !errors.Is(err, context.Canceled) || res != nil {
		t.Errorf("cancelled before the walk: %v, %v", res, err)
	}
}
