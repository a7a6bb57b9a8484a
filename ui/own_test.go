package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"vertailu/data"
)

// TestAppNeverReadsItsOwnFolders: the app opened on a folder that holds its own folders (the
// home folder) loads without them.
func TestAppNeverReadsItsOwnFolders(t *testing.T) {
	dir := seedFolder(t)
	own := filepath.Join(dir, ".config", "fyne", "fi.vertailu.app")
	os.MkdirAll(filepath.Join(own, "settings"), 0o700)
	os.WriteFile(filepath.Join(own, "settings", "settings.json"), []byte("{}"), 0o600)
	a := New(test.NewTempApp(t), data.NewStore(), Options{Dir: dir, Lang: LangEnglish, deferred: true, Own: []string{own}})
	t.Cleanup(func() { a.Window().Close() })
	settle(a)
	for _, f := range a.store.Result().Files {
		if f.Status != data.Loaded {
			t.Errorf("%s: %s", f.Path, f.Status)
		}
	}
	if n := len(a.store.Result().Files); n != 5 {
		t.Errorf("%d files, want the 5 descriptions", n)
	}
}
