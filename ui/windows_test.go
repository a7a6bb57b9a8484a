package ui

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"vertailu/data/load/wintest"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"vertailu/assets"
)

// Windows' own: the folder watcher (ReadDirectoryChangesW under fsnotify), folders on a
// network share, and Finnish names in the folder dialog. scripts/wine-check.sh runs these under
// Wine, with a share it maps (VERTAILU_TEST_UNC).

// winTempDir is a temporary folder name below parent, with a folder Etelä-Pohjanmaa in it.
func winTempDir(t *testing.T, parent, name string) string {
	t.Helper()
	dir := wintest.TempDir(t, parent, name)
	if err := os.MkdirAll(filepath.Join(dir, "Etelä-Pohjanmaa"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// share is VERTAILU_TEST_UNC, a \\server\share\folder the test may write into.
func share(t *testing.T) string {
	unc := os.Getenv("VERTAILU_TEST_UNC")
	if unc == "" {
		t.Skip(`set VERTAILU_TEST_UNC to a \\server\share\folder the test may write into`)
	}
	return unc
}

// checkWatcher: a change in dir, then one in a Finnish-named subfolder, each asks for a reload.
func checkWatcher(t *testing.T, dir string) {
	t.Helper()
	calls := make(chan struct{}, 10)
	fw, err := newFolderWatcher(dir, func() { calls <- struct{}{} })
	if err != nil {
		t.Fatalf("watching %s: %v", dir, err)
	}
	defer fw.close()
	for _, name := range []string{"Uusi hanke – Ähtäri.txt", filepath.Join("Etelä-Pohjanmaa", "Öljy.txt")} {
		os.WriteFile(filepath.Join(dir, name), []byte("Hankekoodi: S1\n"), 0o644)
		select {
		case <-calls:
		case <-time.After(10 * time.Second):
			t.Fatalf("no reload after %s was written", name)
		}
	}
}

func TestFolderWatcherWindowsPath(t *testing.T) {
	checkWatcher(t, winTempDir(t, "", "Hankkeet 2014–2020"))
}

func TestFolderWatcherNetworkShare(t *testing.T) {
	checkWatcher(t, winTempDir(t, share(t), "Hankkeet 2014–2020"))
}

// textShown reports whether the window (dialogs included) shows text in a label, a button or
// a bare text.
func textShown(a *App, text string) bool {
	for _, o := range objects(a) {
		switch o := o.(type) {
		case *widget.Label:
			if o.Text == text {
				return true
			}
		case *widget.Button:
			if o.Text == text {
				return true
			}
		case *canvas.Text:
			if o.Text == text {
				return true
			}
		case *widget.RichText:
			if o.String() == text {
				return true
			}
		}
	}
	return false
}

// openWindowsFolder writes the samples into dir and opens it in the app.
func openWindowsFolder(t *testing.T, dir string) *App {
	t.Helper()
	names, _ := fs.Glob(assets.Samples(), "*.txt")
	for _, n := range names {
		b, _ := fs.ReadFile(assets.Samples(), n)
		os.WriteFile(filepath.Join(dir, n), b, 0o644)
	}
	a := newTestApp(t, dir)
	if a.dir != dir {
		t.Fatalf("the app opened %q, want %q", a.dir, dir)
	}
	if n := a.store.Len(); n != len(names) {
		t.Errorf("%d projects loaded from %s, want %d", n, dir, len(names))
	}
	return a
}

// TestOpenFolderAndDialogWindowsPath: the folder dialog starts in the open folder and lists
// its Finnish subfolder by name.
func TestOpenFolderAndDialogWindowsPath(t *testing.T) {
	dir := winTempDir(t, "", "Hankkeet 2014–2020")
	a := openWindowsFolder(t, dir)
	a.ShowOpenFolder()
	settle(a)
	for _, want := range []string{"Etelä-Pohjanmaa", filepath.Base(dir)} {
		if !textShown(a, want) {
			t.Errorf("the folder dialog at %s does not show %q", dir, want)
		}
	}
}

// TestOpenFolderAndDialogNetworkShare: a folder on a share opens and loads; the dialogs do not
// start there, as Fyne cannot list below \\server\share (see dialogStart).
func TestOpenFolderAndDialogNetworkShare(t *testing.T) {
	dir := winTempDir(t, share(t), "Hankkeet 2014–2020")
	a := openWindowsFolder(t, dir)
	if dialogStart(dir) != nil {
		t.Errorf("a dialog would start in %s, whose entries Fyne cannot open", dir)
	}
	if dialogStart(filepath.Dir(dir)) != nil || dialogStart(os.TempDir()) == nil {
		t.Errorf("dialogStart: a share's folder must give nil, a local one a place")
	}
	a.ShowOpenFolder()
	settle(a)
	if textShown(a, "Etelä-Pohjanmaa") {
		t.Errorf("the folder dialog started on the share")
	}
}
