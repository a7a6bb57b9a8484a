package load

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadNeverReadsTheProgramsOwnFolders: a folder that holds the program's own folders (the
// home folder: its cache, its settings) is loaded without them, and without a word of them;
// a link to one of them is passed over too.
func TestLoadNeverReadsTheProgramsOwnFolders(t *testing.T) {
	dir := t.TempDir()
	cache := filepath.Join(dir, ".cache", "vertailu", "pdfium")
	settings := filepath.Join(dir, ".config", "fyne", "fi.vertailu.app", "settings")
	for _, d := range []string{cache, settings} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(cache, "compiled"), []byte("\x00asm"), 0o600)
	os.WriteFile(filepath.Join(settings, "settings.json"), []byte(`{"language":"fi"}`), 0o600)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a description"), 0o644)
	os.Symlink(filepath.Join(dir, ".cache", "vertailu"), filepath.Join(dir, "link"))
	own := []string{filepath.Join(dir, ".cache", "vertailu"), filepath.Join(dir, ".config", "fyne", "fi.vertailu.app")}
	res, err := Folder(context.Background(), dir, Options{Own: own})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range res.Files {
		paths = append(paths, f.Path)
	}
	if len(paths) != 1 || paths[0] != "notes.txt" {
		t.Errorf("files %s, want only notes.txt", strings.Join(paths, ", "))
	}
}
