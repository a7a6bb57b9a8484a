package export

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestRenameNoReplace: the last step where there are no hard links never replaces a file.
func TestRenameNoReplace(t *testing.T) {
	dir := t.TempDir()
	tmp, target := filepath.Join(dir, ".tmp"), filepath.Join(dir, "a.pdf")
	os.WriteFile(tmp, []byte("mine"), 0o644)
	os.WriteFile(target, []byte("theirs"), 0o644)
	if err := renameNoReplace(tmp, target); !errors.Is(err, os.ErrExist) {
		t.Errorf("over a file: %v", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "theirs" {
		t.Errorf("the file was replaced")
	}
	os.Remove(target)
	if err := renameNoReplace(tmp, target); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(target); string(b) != "mine" {
		t.Errorf("not renamed: %q", b)
	}
}
