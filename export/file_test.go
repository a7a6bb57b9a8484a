package export

import (
	"os"
	"path/filepath"
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

func TestInside(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(dir, link)
	cases := []struct {
		path string
		want bool
	}{
		{filepath.Join(dir, "a.pdf"), true},
		{filepath.Join(dir, "sub", "a.pdf"), true},
		{dir, true},
		{filepath.Join(link, "a.pdf"), true},
		{filepath.Join(dir, "..", "a.pdf"), false},
		{dir + "x/a.pdf", false},
		{"", false},
	}
	for _, c := range cases {
		if got := Inside(c.path, dir); got != c.want {
			t.Errorf("Inside(%q) = %v, want %v", c.path, got, c.want)
		}
	}
}
