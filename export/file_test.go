package export

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestWriteFileReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "t.csv")
	for _, content := range []string{"one", "two"} {
		if err := WriteFile(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(path)
		if string(b) != content {
			t.Errorf("content %q, want %q", b, content)
		}
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", info.Mode())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	if err := WriteFile(filepath.Join(dir, "missing", "x"), nil); err == nil {
		t.Error("writing into a missing folder must fail")
	}
}

func TestRefuseInside(t *testing.T) {
	in := t.TempDir()
	os.Mkdir(filepath.Join(in, "sub"), 0o755)
	other := t.TempDir()
	link := filepath.Join(other, "link") // other/link → in
	os.Symlink(in, link)
	os.Symlink(other, filepath.Join(in, "out")) // in/out → other
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	os.Chdir(other)
	cases := []struct {
		path string
		want bool
	}{
		{filepath.Join(in, "a.pdf"), true},
		{filepath.Join(in, "sub", "new", "deeper", "a.pdf"), true},
		{in, true},
		{filepath.Join(link, "a.pdf"), true},
		{filepath.Join(link, "new", "a.pdf"), true},
		{"link/new/a.pdf", true},
		{"link/../x.pdf", false}, // the system resolves LINK/.. to in's parent, not other
		{"link/sub/../a.pdf", true},
		{filepath.Join(in, "..", "a.pdf"), false},
		{in + "x/a.pdf", false},
		{filepath.Join(other, "a.pdf"), false},
		{"plain/a.pdf", false},
		{"", false},
	}
	for _, c := range cases {
		err := RefuseInside(c.path, in)
		if got := errors.Is(err, ErrInsideReadFolder); got != c.want {
			t.Errorf("RefuseInside(%q) = %v, want inside %v", c.path, err, c.want)
		}
	}
	// The load followed in/out to other: other is read too.
	if err := RefuseInside(filepath.Join(other, "a.pdf"), in, other); !errors.Is(err, ErrInsideReadFolder) {
		t.Errorf("a folder a link inside led to: %v", err)
	}
}

func TestPlaceFileLeavesNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "a.pdf")
	for _, force := range []bool{false, true, true} {
		err := placeFile(context.Background(), target, []byte("x"), force)
		if err != nil {
			t.Fatalf("force %v: %v", force, err)
		}
	}
	if err := placeFile(context.Background(), target, []byte("y"), false); !errors.Is(err, os.ErrExist) {
		t.Errorf("without force over an existing file: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := placeFile(ctx, filepath.Join(dir, "b.pdf"), []byte("y"), true); err == nil {
		t.Error("a cancelled write must fail")
	}
	for _, f := range []func(context.Context, string, []byte, bool) error{
		func(ctx context.Context, p string, b []byte, force bool) error {
			return placeNamedContent(ctx, p, bytesContent(b), force)
		}, placeFile,
	} {
		if err := f(context.Background(), filepath.Join(dir, "c.pdf"), []byte("z"), true); err != nil {
			t.Fatal(err)
		}
	}
	if names := dirFiles(t, dir); strings.Join(names, " ") != "a.pdf c.pdf" {
		t.Errorf("left in the folder: %v", names)
	}
}

// TestStaleTemporaryFilesRemoved: what a killed process left is removed by the next write into
// the folder; a live process's file and anything not Vertailu's stay.
func TestStaleTemporaryFilesRemoved(t *testing.T) {
	dir := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no 'true' to start:", err)
	}
	keep := []string{
		".a.pdf" + tempMark + strconv.Itoa(os.Getpid()) + "-1.tmp", // this process: still writing
		".notes.tmp", "b.pdf", ".vertailu-recent.pdf.tmp",
	}
	gone := []string{".a.pdf" + tempMark + strconv.Itoa(dead.Process.Pid) + "-77.tmp"}
	for _, n := range append(keep, gone...) {
		os.WriteFile(filepath.Join(dir, n), nil, 0o644)
	}
	if err := WriteFile(filepath.Join(dir, "c.csv"), []byte("x")); err != nil {
		t.Fatal(err)
	}
	want := append(slices.Clone(keep), "c.csv")
	slices.Sort(want)
	if got := dirFiles(t, dir); !slices.Equal(got, want) {
		t.Errorf("after a write: %v, want %v", got, want)
	}
	if p := tempName("S1_x.pdf"); !strings.HasPrefix(p, ".S1_x.pdf.vertailu-") {
		t.Errorf("a temporary name must say what it becomes: %s", p)
	}
}
