package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// byCode returns the loaded project with code.
func byCode(t *testing.T, a *App, code string) *data.Project {
	t.Helper()
	ps := a.store.ByCode(code)
	if len(ps) == 0 {
		t.Fatalf("no project %s", code)
	}
	return ps[0]
}

// TestSimilarTab: Ctrl+0 shows the projects most like the selected one (the four other
// samples, itself left out), each with its figures and shared words; a tap opens one, its check
// marks it, and a pasted text finds the project it was written about.
func TestSimilarTab(t *testing.T) {
	a := newTestApp(t, "")
	p := byCode(t, a, "S21029")
	a.ui.table.SelectProject(p)
	a.globalShortcut(shortcut(fyne.KeyL))
	settle(a)
	if a.ui.tabs.SelectedIndex() != tabIndex["similar"] {
		t.Fatalf("Ctrl+0 shows tab %d", a.ui.tabs.SelectedIndex())
	}
	v := a.ui.similar
	ms := v.Matches()
	if len(ms) != 4 {
		t.Fatalf("%d projects listed, want the other 4", len(ms))
	}
	for _, m := range ms {
		if m.Project == p {
			t.Error("the project is listed as like itself")
		}
	}
	if !strings.Contains(v.header.Text, "S21029") {
		t.Errorf("header %q", v.header.Text)
	}
	row := v.list.CreateItem()
	v.updateRow(0, row)
	parts := similarRowParts(row)
	if !strings.Contains(parts.title.full, ms[0].Project.Code) || !strings.Contains(parts.facts.full, "EU+state") ||
		!strings.Contains(parts.shared.full, ms[0].Shared[0]) {
		t.Errorf("row: %q / %q / %q", parts.title.full, parts.facts.full, parts.shared.full)
	}

	// Marking from the list marks in the table and the comparison.
	test.Tap(parts.check)
	if !a.marks.Has(ms[0].Project) {
		t.Error("the check does not mark the project")
	}
	test.Tap(parts.check)
	if a.marks.Has(ms[0].Project) {
		t.Error("the check does not unmark the project")
	}

	// A tap opens the project: selected in the table, its overview shown.
	first := ms[0].Project
	v.list.Select(0)
	if a.ui.table.Selected() != first || a.ui.tabs.SelectedIndex() != tabIndex["overview"] {
		t.Errorf("tap: selected %v, tab %d", a.ui.table.Selected().Code, a.ui.tabs.SelectedIndex())
	}

	// Find projects like this text: the dialog, its text, its Find button.
	// Esc closes it, the text focused.
	a.ShowSimilarText()
	if f, ok := a.win.Canvas().Focused().(*escEntry); !ok || !f.MultiLine {
		t.Fatalf("focus on %T", a.win.Canvas().Focused())
	}
	a.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(a.modals) != 0 {
		t.Fatal("Esc does not close the dialog")
	}
	a.ShowSimilarText()
	var entry *escEntry
	var find *widget.Button
	for _, o := range objects(a) {
		switch w := o.(type) {
		case *escEntry:
			if w.MultiLine {
				entry = w
			}
		case *widget.Button:
			if w.Text == "Find" {
				find = w
			}
		}
	}
	if entry == nil || find == nil {
		t.Fatal("no text field or Find button in the dialog")
	}
	entry.SetText("Valmennusta ja ohjausta työttömille maahanmuuttajille Kiteellä ja Tohmajärvellä")
	test.Tap(find)
	settle(a)
	if a.ui.tabs.SelectedIndex() != tabIndex["similar"] {
		t.Errorf("Find shows tab %d", a.ui.tabs.SelectedIndex())
	}
	if ms := v.Matches(); len(ms) == 0 || ms[0].Project.Code != "S22829" {
		t.Errorf("text: %v", ms)
	}
	if !strings.Contains(v.header.Text, "Valmennusta") {
		t.Errorf("header %q", v.header.Text)
	}
}

// TestSimilarIndexBuiltOffTheUI: a set the store gets without the app's load has its index
// built in the background, the tab saying so meanwhile; the load's own index is the one used.
func TestSimilarIndexBuiltOffTheUI(t *testing.T) {
	a := newTestApp(t, "")
	loaded := a.similar.ix
	if loaded == nil || a.similar.res != a.store.Result() {
		t.Fatal("the load built no index of similar projects")
	}
	a.similar = similarIndex{} // as if the store were set otherwise
	a.ui.table.SelectProject(byCode(t, a, "S20634"))
	a.ShowView("similar")
	if len(a.ui.similar.Matches()) != 0 || !strings.Contains(a.ui.similar.header.Text, "Comparing") {
		t.Errorf("before the index: %d matches, header %q", len(a.ui.similar.Matches()), a.ui.similar.header.Text)
	}
	settle(a)
	if len(a.ui.similar.Matches()) != 4 || a.similar.ix == nil {
		t.Errorf("after the index: %d matches", len(a.ui.similar.Matches()))
	}
}

// TestPackWithSimilarEarlier: the pack's summaries list the similar earlier projects when
// asked, and not otherwise.
func TestPackWithSimilarEarlier(t *testing.T) {
	a := newTestApp(t, "")
	dir := t.TempDir()
	with, without := filepath.Join(dir, "with.pdf"), filepath.Join(dir, "without.pdf")
	a.ExportPackWith(with, ScopeVisible, "", nil, true)
	settle(a)
	a.ExportPackWith(without, ScopeVisible, "", nil, false)
	settle(a)
	if n := strings.Count(pdfText(t, with), "Similar earlier projects"); n < 3 {
		t.Errorf("%d summaries list similar earlier projects", n)
	}
	if strings.Contains(pdfText(t, without), "Similar earlier projects") {
		t.Error("similar earlier projects listed unasked")
	}
}
