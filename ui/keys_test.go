package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func shortcut(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// TestKeyboard walks the main tasks without the mouse: the table has the focus at start (↓
// and Space work at once), Ctrl+digits and Ctrl+Page Down reach the detail tabs, Enter in the
// search field goes on to the table, and Esc and Enter answer dialogs.
func TestKeyboard(t *testing.T) {
	a := newTestApp(t, "")
	c := a.win.Canvas()
	if c.Focused() != a.ui.table {
		t.Fatalf("focus at start on %T, want the table", c.Focused())
	}
	press := func(k fyne.KeyName) {
		if f := c.Focused(); f != nil {
			f.TypedKey(&fyne.KeyEvent{Name: k})
			settle(a)
		} else {
			a.globalKey(&fyne.KeyEvent{Name: k})
			settle(a)
		}
	}
	rows := a.ui.table.Rows()
	press(fyne.KeyDown)
	settle(a)
	press(fyne.KeySpace)
	settle(a)
	if a.ui.table.Selected() != rows[1] || !a.marks.Has(rows[1]) {
		t.Errorf("↓ and Space: selected %v, marked %d", a.ui.table.Selected().Code, a.marks.Len())
	}
	a.globalShortcut(shortcut(fyne.Key3))
	if a.ui.tabs.SelectedIndex() != 2 {
		t.Errorf("Ctrl+3 shows tab %d", a.ui.tabs.SelectedIndex())
	}
	a.globalShortcut(shortcut(fyne.KeyPageDown))
	if a.ui.tabs.SelectedIndex() != 3 {
		t.Errorf("Ctrl+Page Down shows tab %d", a.ui.tabs.SelectedIndex())
	}
	a.globalShortcut(shortcut(fyne.KeyF))
	test.Type(a.ui.search, "S20634")
	settle(a)
	press(fyne.KeyReturn)
	settle(a)
	if c.Focused() != a.ui.table || len(a.ui.table.Rows()) != 1 {
		t.Errorf("Enter in the search: focus on %T, %d rows", c.Focused(), len(a.ui.table.Rows()))
	}
	a.globalShortcut(shortcut(fyne.KeyM))
	if !a.sess.MarkedOnly() {
		t.Error("Ctrl+M does not show the marked only")
	}

	// Dialogs: Esc closes the folder dialog, Enter closes "Export finished".
	c.Unfocus()
	a.ShowOpenFolder()
	if len(a.modals) != 1 {
		t.Fatalf("%d dialogs open", len(a.modals))
	}
	press(fyne.KeyEscape)
	settle(a)
	if len(a.modals) != 0 {
		t.Errorf("Esc left %d dialogs open", len(a.modals))
	}
	a.showDone("Done", "All written.", t.TempDir())
	press(fyne.KeyReturn)
	settle(a)
	if len(a.modals) != 0 {
		t.Errorf("Enter left %d dialogs open", len(a.modals))
	}
}

// TestEscInAFieldClosesItsDialog: the file-name field has the focus, so it passes Esc on.
func TestEscInAFieldClosesItsDialog(t *testing.T) {
	closed := false
	e := &escEntry{onEsc: func() { closed = true }}
	e.ExtendBaseWidget(e)
	test.Type(e, "raportti.pdf")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !closed || e.Text != "raportti.pdf" {
		t.Errorf("closed %v, text %q", closed, e.Text)
	}
	cancelled := false
	c := cancelOnEsc{cancel: func() { cancelled = true }}
	c.Hide()
	if !cancelled {
		t.Error("Esc on the progress dialog does not cancel")
	}
}
