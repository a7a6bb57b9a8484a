package export

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestUnnamedTemporaryFile: on Linux the bytes go into a file without a name, so nothing but
// the finished file ever shows in the folder (kill -9 leaves nothing). Fails where the test's
// file system cannot make such files, rather than silently testing the fallback.
func TestUnnamedTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	for _, force := range []bool{false, true} {
		target := filepath.Join(dir, "a.pdf")
		if err := placeUnnamed(context.Background(), target, bytesContent([]byte("%PDF")), force); err != nil {
			t.Fatalf("force %v: %v", force, err)
		}
		b, _ := os.ReadFile(target)
		info, _ := os.Stat(target)
		if string(b) != "%PDF" || info.Mode().Perm() != 0o644 {
			t.Errorf("force %v: %q, %v", force, b, info.Mode())
		}
	}
	if err := placeUnnamed(context.Background(), filepath.Join(dir, "a.pdf"), bytesContent(nil), false); !os.IsExist(err) {
		t.Errorf("over an existing file without force: %v", err)
	}
	if err := placeUnnamed(context.Background(), filepath.Join(dir, "missing", "a.pdf"), bytesContent(nil), true); err == nil || err == errNoUnnamed {
		t.Errorf("into a missing folder: %v", err)
	}
	if names := dirFiles(t, dir); len(names) != 1 {
		t.Errorf("left in the folder: %v", names)
	}
}
