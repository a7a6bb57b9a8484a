package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pressEnter sends Enter to the window with nothing focused, as a keyboard does.
func pressEnter(a *App) { a.globalKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }

// tapFileItem taps the entry of the file dialog on top whose name reads name: the innermost
// tappable part that shows the name (the pop-up around it takes taps too).
func tapFileItem(t *testing.T, a *App, name string) {
	t.Helper()
	var item fyne.Tappable
	for _, o := range walk(a.Window().Canvas().Overlays().Top()) {
		tp, ok := o.(fyne.Tappable)
		if _, isButton := o.(*widget.Button); !ok || isButton {
			continue
		}
		for _, c := range walk(o) {
			if l, ok := c.(*widget.Label); ok && l.Text == name {
				item = tp
			}
		}
	}
	if item == nil {
		t.Fatalf("no entry %q in the file dialog", name)
	}
	item.Tapped(&fyne.PointEvent{})
}

// TestExportAsksNameAndFolderInOneStep: a file export asks for its name and its folder in one
// form (no folder dialog first); the folder can be changed there, but not to the folder being
// read; the file goes where the form says.
func TestExportAsksNameAndFolderInOneStep(t *testing.T) {
	dir := seedFolder(t)
	a := newTestApp(t, dir)
	parent := filepath.Dir(dir)
	a.prefs.setExportFolder(parent)
	var got string
	a.chooseFile("table.csv", func(p string) { got = p })
	if e, ok := a.Window().Canvas().Focused().(*escEntry); !ok || e.Text != "table.csv" {
		t.Fatalf("the first dialog does not ask for the file name (focus on %T)", a.Window().Canvas().Focused())
	}
	if !labelShown(a, parent) || labelShownIn(a, "Export here") {
		t.Fatalf("the form does not show the folder %s, or a folder dialog came first", parent)
	}

	// Change…: the folder dialog starts at the form's folder; the folder being read is refused
	// and the form keeps its folder.
	tapButton(t, a, "Change…")
	tapFileItem(t, a, filepath.Base(dir))
	pressEnter(a)
	if !labelShown(a, "Vertailu never writes into the folder it reads. Choose another folder for the export.") {
		t.Error("choosing the folder being read was not refused")
	}
	pressEnter(a) // closes the error
	if !labelShown(a, parent) || labelShown(a, dir) {
		t.Errorf("the form's folder changed to the folder being read")
	}
	tapButton(t, a, "Export")
	if got != filepath.Join(parent, "table.csv") {
		t.Errorf("export to %q, want %q", got, filepath.Join(parent, "table.csv"))
	}
	if a.prefs.exportFolder() != parent {
		t.Errorf("the export folder remembered is %q", a.prefs.exportFolder())
	}
}

// TestFolderDialogEnterChooses: Enter in the folder dialog does what its confirm button does.
func TestFolderDialogEnterChooses(t *testing.T) {
	a := newTestApp(t, "")
	out := t.TempDir()
	a.prefs.setExportFolder(out)
	got := ""
	a.chooseFolder(func(d string) { got = d })
	pressEnter(a)
	if got != out {
		t.Errorf("Enter chose %q, want %q", got, out)
	}
	if len(a.modals) != 0 {
		t.Errorf("the folder dialog is still open")
	}
}

// TestFolderDialogInFinnish: Fyne's places (Home, Computer…) and its parent folder entry read
// in Finnish, the parent's short enough for one line under its icon.
func TestFolderDialogInFinnish(t *testing.T) {
	a := newTestApp(t, "")
	t.Cleanup(func() { SetLanguage(LangEnglish) })
	a.SwitchLanguage(LangFinnish)
	a.prefs.setExportFolder(t.TempDir())
	a.chooseFolder(func(string) {})
	for _, want := range []string{"Koti", "Tietokone", "(Ylös)"} {
		if !labelShown(a, want) {
			t.Errorf("no %q in the folder dialog", want)
		}
	}
	for _, english := range []string{"Home", "Computer"} {
		if labelShown(a, english) {
			t.Errorf("%q is still in English", english)
		}
	}
	// Fyne's grid cell is 80 wide (fileIconCellWidth) and its label breaks a longer name.
	parent := "(" + lang.X("file.parent", "Parent") + ")"
	if w := fyne.MeasureText(parent, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding(); w > 80 {
		t.Errorf("%q needs %.0f of the 80 a folder's name has: it wraps", parent, w)
	}
}

// TestExportFormSaysWhatTheFolderHolds: Fyne's folder dialog shows no files, so the export
// form says which files its folder holds (the newest first), and that an empty one holds none.
func TestExportFormSaysWhatTheFolderHolds(t *testing.T) {
	a := newTestApp(t, "")
	out := t.TempDir()
	old := time.Now().Add(-time.Hour)
	for i, name := range []string{"a.csv", "b.pdf", "c.xlsx", "d.csv"} {
		p := filepath.Join(out, name)
		os.WriteFile(p, []byte("x"), 0o644)
		os.Chtimes(p, old.Add(time.Duration(i)*time.Minute), old.Add(time.Duration(i)*time.Minute))
	}
	os.WriteFile(filepath.Join(out, ".hidden"), nil, 0o644)
	os.Mkdir(filepath.Join(out, "sub"), 0o755)
	a.prefs.setExportFolder(out)
	a.chooseFile("x.csv", func(string) {})
	if want := "4 files here: d.csv, c.xlsx, b.pdf, …"; !labelShown(a, want) {
		t.Errorf("the form does not say %q", want)
	}
	a.modals[len(a.modals)-1].d.Hide()
	a.prefs.setExportFolder(t.TempDir())
	a.chooseFile("x.csv", func(string) {})
	if !labelShown(a, "No files in this folder yet.") {
		t.Error("an empty folder is not said to be empty")
	}
}
