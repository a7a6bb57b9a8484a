package ui

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// typeShortcut sends s to the window's canvas as the desktop driver does when the focused
// widget does not take shortcuts (the test canvas hides the handler of the canvas it wraps).
func typeShortcut(t *testing.T, a *App, s fyne.Shortcut) {
	t.Helper()
	c := reflect.ValueOf(a.win.Canvas()).Elem().FieldByName("WindowlessCanvas").Interface()
	h, ok := c.(fyne.Shortcutable)
	if !ok {
		t.Fatalf("the canvas %T takes no shortcuts", c)
	}
	h.TypedShortcut(s)
}

// markHeader finds the ✓ header of the mark column.
func markHeader(t *testing.T, a *App) *headerCell {
	t.Helper()
	for _, o := range walk(a.ui.table) {
		if h, ok := o.(*headerCell); ok && h.title == "✓" {
			return h
		}
	}
	t.Fatal("no ✓ header on screen")
	return nil
}

// TestClearMarksAsksAndUndoes taps the ✓ header: a dialog names how many marks would go and
// Esc keeps them; confirmed, they go, and Ctrl+Z (Undo, as the desktop driver sends it) marks
// them again.
func TestClearMarksAsksAndUndoes(t *testing.T) {
	a := newTestApp(t, "")
	a.ui.table.ToggleMark(0)
	a.ui.table.ToggleMark(2)
	want := codes(a.marks.List())

	test.Tap(markHeader(t, a))
	if a.marks.Len() != 2 {
		t.Fatalf("a tap on ✓ cleared the marks at once (%d left)", a.marks.Len())
	}
	if len(a.modals) != 1 {
		t.Fatalf("%d dialogs open after the tap, want the question", len(a.modals))
	}
	asked := false
	for _, o := range objects(a) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "Unmark all 2 marked projects") {
			asked = true
		}
	}
	if !asked {
		t.Error("the question does not name the 2 marks")
	}
	a.globalKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if a.marks.Len() != 2 || len(a.modals) != 0 {
		t.Fatalf("Esc: %d marks, %d dialogs; want 2 and none", a.marks.Len(), len(a.modals))
	}

	test.Tap(markHeader(t, a))
	a.globalKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if a.marks.Len() != 0 {
		t.Fatalf("confirmed, %d marks left", a.marks.Len())
	}
	typeShortcut(t, a, &fyne.ShortcutUndo{})
	if got := codes(a.marks.List()); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("after Ctrl+Z marked %v, want %v", got, want)
	}
	if !strings.Contains(a.ui.status.Text, "2 marked") {
		t.Errorf("status %q does not count the restored marks", a.ui.status.Text)
	}
	typeShortcut(t, a, &fyne.ShortcutUndo{}) // nothing more to undo
	if a.marks.Len() != 2 {
		t.Errorf("a second Ctrl+Z left %d marks", a.marks.Len())
	}
}
