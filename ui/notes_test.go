package ui

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// newNotesApp opens the samples over the notebook nb, as newTestApp does.
func newNotesApp(t testing.TB, nb data.Notebook) *App {
	t.Helper()
	a := New(test.NewTempApp(t), data.NewStore(), Options{Lang: LangEnglish, deferred: true, Notebook: nb, Author: "Maija Meikäläinen"})
	t.Cleanup(func() { a.Window().Close() })
	a.Window().Resize(fyne.NewSize(1280, 800))
	settle(a)
	return a
}

func selectCode(t testing.TB, a *App, code string) *data.Project {
	t.Helper()
	for _, p := range a.ui.table.Rows() {
		if p.Code == code {
			a.ui.table.SelectProject(p)
			return p
		}
	}
	t.Fatalf("no %s in the table", code)
	return nil
}

func TestNotesTab(t *testing.T) {
	nb := data.NewMemoryNotebook()
	a := newNotesApp(t, nb)
	if !a.ShowView("notes") || a.ui.tabs.Selected().Text != "Notes" {
		t.Fatal("no Notes tab")
	}
	a.ui.tabs.SelectIndex(0)
	typeShortcut(t, a, &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault})
	if a.ui.tabs.Selected().Text != "Notes" {
		t.Errorf("Ctrl+N showed %q", a.ui.tabs.Selected().Text)
	}
	selectCode(t, a, "S21029")
	v := a.ui.notes
	text := "Ask about the budget.\n\nSecond paragraph: the committee meets in Rääkkylä."
	test.Type(v.editor, text)
	test.Tap(v.save)
	settle(a)
	notes, _ := nb.Notes("S21029")
	if len(notes) != 1 || notes[0].Text != text || notes[0].Author != "Maija Meikäläinen" {
		t.Fatalf("saved %+v", notes)
	}
	if v.editor.Text != "" || !labelShown(a, text) || !labelShown(a, "Saved.") {
		t.Errorf("after saving: editor %q, note shown %v", v.editor.Text, labelShown(a, text))
	}
	if a.ui.table.own.NoteCount("S21029") != 1 {
		t.Error("the table does not know of the note")
	}
	cell := newTableCell()
	a.ui.table.updateCell(widget.TableCellID{Row: slices.Index(a.ui.table.Rows(), selectCode(t, a, "S21029")), Col: 1}, cell)
	if got := cellParts(cell).label.Text; got != noteMark+" S21029" {
		t.Errorf("code cell %q", got)
	}

	// the search finds the note's words
	a.ui.search.SetText("raakkyla committee")
	settle(a)
	if got := codes(a.ui.table.Rows()); strings.Join(got, ",") != "S21029" {
		t.Errorf("search of the note's words: %v", got)
	}
	a.ui.search.SetText("")
	settle(a)

	// edit
	v.edit(notes[0])
	if v.editor.Text != text || v.save.Text != "Save changes" {
		t.Fatalf("editing: %q %q", v.editor.Text, v.save.Text)
	}
	v.editor.SetText("Asked.")
	test.Tap(v.save)
	settle(a)
	if notes, _ := nb.Notes("S21029"); len(notes) != 1 || notes[0].Text != "Asked." {
		t.Fatalf("after editing %+v", notes)
	}

	// delete asks first
	notes, _ = nb.Notes("S21029")
	v.askDelete(notes[0])
	a.globalKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	settle(a)
	if notes, _ := nb.Notes("S21029"); len(notes) != 0 || !labelShown(a, "No notes on this project yet.") {
		t.Errorf("after deleting %+v", notes)
	}
}

func TestNoteSaveFailureKeepsTheText(t *testing.T) {
	nb := data.NewMemoryNotebook()
	a := newNotesApp(t, nb)
	selectCode(t, a, "S21029")
	a.ShowView("notes")
	nb.Fail = data.ErrNotebookFull
	v := a.ui.notes
	test.Type(v.editor, "Do not lose me")
	test.Tap(v.save)
	settle(a)
	if v.editor.Text != "Do not lose me" || !strings.Contains(v.status.Text, "The disk is full") {
		t.Fatalf("editor %q, status %q", v.editor.Text, v.status.Text)
	}
	nb.Fail = nil
	test.Tap(v.save)
	settle(a)
	if notes, _ := nb.Notes(""); len(notes) != 1 || v.editor.Text != "" {
		t.Fatalf("saved again: %+v, editor %q", notes, v.editor.Text)
	}
}

func TestDraftIsKept(t *testing.T) {
	nb := data.NewMemoryNotebook()
	a := newNotesApp(t, nb)
	selectCode(t, a, "S21029")
	test.Type(a.ui.notes.editor, "half a thou")
	a.ui.notes.flushDraft() // what the timer does a moment after the typing
	settle(a)
	if d, _ := nb.Drafts(); len(d) != 1 || d[0].Text != "half a thou" || d[0].Code != "S21029" {
		t.Fatalf("drafts %+v", d)
	}
	b := newNotesApp(t, nb) // as after a crash
	selectCode(t, b, "S21029")
	if b.ui.notes.editor.Text != "half a thou" {
		t.Errorf("the draft is not back in the editor: %q", b.ui.notes.editor.Text)
	}
}

func TestTagsFilterAndColumn(t *testing.T) {
	nb := data.NewMemoryNotebook()
	a := newNotesApp(t, nb)
	_, cols := a.ui.table.Length()
	selectCode(t, a, "S21029")
	v := a.ui.notes
	if !slices.Contains(v.tagChoices(), "follow up") {
		t.Errorf("suggestions %v", v.tagChoices())
	}
	v.tagIn.SetText("  risk ")
	v.addTag()
	settle(a)
	if tags, _ := nb.Tags("S21029"); len(tags) != 1 || tags[0].Tag != "risk" {
		t.Fatalf("tags %+v", tags)
	}
	if _, now := a.ui.table.Length(); now != cols+1 {
		t.Errorf("columns %d, want %d with the tags", now, cols+1)
	}
	a.ui.tagFilter.SetChosenLabels("risk")
	settle(a)
	if got := codes(a.ui.table.Rows()); strings.Join(got, ",") != "S21029" {
		t.Errorf("tag filter: %v", got)
	}
	a.ClearFilters()
	settle(a)
	if len(a.ui.table.Rows()) != 5 {
		t.Errorf("after clearing the filters %d rows", len(a.ui.table.Rows()))
	}
	v.removeTag("risk")
	settle(a)
	if tags, _ := nb.Tags(""); len(tags) != 0 {
		t.Errorf("after removing %+v", tags)
	}
}

func TestMarksSurviveARestart(t *testing.T) {
	nb := data.NewMemoryNotebook()
	a := newNotesApp(t, nb)
	a.ui.table.ToggleMark(1)
	a.ui.table.ToggleMark(3)
	want := codes(a.marks.List())
	settle(a)
	b := newNotesApp(t, nb)
	if got := codes(b.marks.List()); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("after a restart marked %v, want %v", got, want)
	}
	b.ClearMarks()
	settle(b)
	if m, _ := nb.Marks(); len(m) != 0 {
		t.Errorf("cleared marks still saved: %v", m)
	}
}

func TestSelections(t *testing.T) {
	nb := data.NewMemoryNotebook()
	a := newNotesApp(t, nb)
	a.ui.table.ToggleMark(0)
	a.ui.table.ToggleMark(2)
	want := codes(a.marks.List())
	a.ShowSelections()
	var name *escEntry
	var save *widget.Button
	for _, o := range objects(a) {
		switch w := o.(type) {
		case *escEntry:
			name = w
		case *widget.Button:
			if w.Text == "Save the marks" {
				save = w
			}
		}
	}
	if name == nil || save == nil {
		t.Fatal("no name field or save button")
	}
	test.Type(name, "Seurantakomitea 12/2026")
	test.Tap(save)
	settle(a)
	sels, _ := nb.Selections()
	if len(sels) != 1 || sels[0].Name != "Seurantakomitea 12/2026" || strings.Join(sels[0].Codes, ",") != strings.Join(want, ",") {
		t.Fatalf("selections %+v", sels)
	}
	if !labelShown(a, "Seurantakomitea 12/2026 · 2 projects · "+noteTime(sels[0].Saved)) {
		t.Error("the saved selection is not listed")
	}
	a.modals[len(a.modals)-1].d.Hide()
	a.ClearMarks()
	a.OpenSelection(data.Selection{Name: "x", Codes: append(want, "S99999")})
	settle(a)
	if got := codes(a.marks.List()); strings.Join(got, ",") != strings.Join(want, ",") || !a.sess.MarkedOnly() || len(a.ui.table.Rows()) != 2 {
		t.Errorf("opened: marks %v, marked only %v, rows %d", got, a.sess.MarkedOnly(), len(a.ui.table.Rows()))
	}
	if !labelShown(a, "1 project of the selection is not in the open folder.") {
		t.Error("the missing project is not said")
	}
	if err := nb.RenameSelection("Seurantakomitea 12/2026", "K"); err != nil || errors.Is(err, data.ErrSelectionExists) {
		t.Fatal(err)
	}
}

func TestExportsIncludeMyNotes(t *testing.T) {
	nb := data.NewMemoryNotebook()
	nb.SaveNote(data.Note{Code: "S21029", Text: "Kysy budjetista.", Author: "Maija"})
	nb.AddTag("S21029", "riski")
	a := newNotesApp(t, nb)
	out := t.TempDir()
	a.ExportTable(filepath.Join(out, "without.csv"), csvEnglish)
	settle(a)
	if b, _ := os.ReadFile(filepath.Join(out, "without.csv")); strings.Contains(string(b), "My notes") {
		t.Error("notes in the table without asking")
	}
	if item := a.includeNotesItem(); item.Checked {
		t.Error("Include my notes is on at the start")
	}
	a.includeNotesItem().Action()
	if !a.includeNotesItem().Checked {
		t.Fatal("the menu item did not turn it on")
	}
	a.ExportTable(filepath.Join(out, "with.csv"), csvEnglish)
	a.ExportPackWith(filepath.Join(out, "pack.pdf"), ScopeVisible, "", nil, false)
	settle(a)
	b, _ := os.ReadFile(filepath.Join(out, "with.csv"))
	if !strings.Contains(string(b), ",Tags,My notes") || !strings.Contains(string(b), "riski,") || !strings.Contains(string(b), "Maija: Kysy budjetista.") {
		t.Errorf("CSV with notes:\n%s", b)
	}
	if _, err := os.Stat(filepath.Join(out, "pack.pdf")); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text, _ := exec.Command("pdftotext", filepath.Join(out, "pack.pdf"), "-").Output()
		if !strings.Contains(string(text), "My notes") || !strings.Contains(string(text), "Kysy budjetista.") {
			t.Error("the pack does not print the note")
		}
	}
}

func TestShareNotes(t *testing.T) {
	nb := data.NewMemoryNotebook()
	nb.SaveNote(data.Note{Code: "S21029", Text: "loaded"})
	nb.SaveNote(data.Note{Code: "S99999", Text: "kept though not loaded"})
	a := newNotesApp(t, nb)
	a.ShowAllNotes()
	if !labelShown(a, "S99999 · not in the open folder") {
		t.Error("the note of a project not loaded is not listed")
	}
	a.modals[len(a.modals)-1].d.Hide()

	out := filepath.Join(t.TempDir(), "mine.json")
	a.ExportNotes(out)
	settle(a)
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), "kept though not loaded") {
		t.Fatalf("export: %v\n%s", err, b)
	}
	other := data.NewMemoryNotebook()
	c := newNotesApp(t, other)
	for range 2 {
		c.ImportNotes(strings.NewReader(string(b)), "mine.json")
		settle(c)
	}
	if notes, _ := other.Notes(""); len(notes) != 2 {
		t.Errorf("after importing twice: %d notes", len(notes))
	}
	if !labelShown(c, "Notes: 0 added, 2 already there.\nTags: 0 added, 0 already there.\nSelections: 0 added, 0 already there.") {
		t.Error("the second import's report is not shown")
	}
	c.ImportNotes(strings.NewReader("{}"), "bad.json")
	found := false
	for _, o := range objects(c) {
		switch w := o.(type) {
		case *widget.Label:
			found = found || strings.Contains(w.Text, "ad.json is not an export")
		case *widget.RichText:
			found = found || strings.Contains(w.String(), "ad.json is not an export")
		}
	}
	if !found {
		t.Error("a bad file is not said to be one")
	}
}

func TestNotebookProblemIsSaid(t *testing.T) {
	a := New(test.NewTempApp(t), data.NewStore(), Options{
		Lang: LangFinnish, deferred: true,
		NotebookProblem: NotebookProblem{Kind: "damaged", Moved: "/home/x/notebook.db.unusable-20261202-120000"},
	})
	t.Cleanup(func() { a.Window().Close() })
	settle(a)
	found := false
	for _, o := range objects(a) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "tiedosto on vioittunut") && strings.Contains(l.Text, "notebook.db.unusable-20261202-120000") {
			found = true
		}
	}
	if !found {
		t.Error("the moved-aside notebook is not said")
	}
}

func TestCloseKeepsTheDraft(t *testing.T) {
	nb := data.NewMemoryNotebook()
	a := New(test.NewTempApp(t), data.NewStore(), Options{Lang: LangEnglish, deferred: true, Notebook: nb})
	settle(a)
	selectCode(t, a, "S21029")
	test.Type(a.ui.notes.editor, "typed just before closing")
	a.close()
	if d, _ := nb.Drafts(); len(d) != 1 || d[0].Text != "typed just before closing" {
		t.Fatalf("drafts after closing: %+v", d)
	}
}

func TestDraftBackWhenTheNotebookIsReadLate(t *testing.T) {
	nb := data.NewMemoryNotebook()
	a := newNotesApp(t, nb)
	if a.ui.table.Selected() == nil || a.ui.table.Selected().Code != "S22829" || a.ui.notes.editor.Text != "" {
		t.Fatalf("selected %v, editor %q", a.ui.table.Selected(), a.ui.notes.editor.Text)
	}
	// The folder was shown first; the notebook's first reading arrives after, with a draft.
	nb.SaveDraft(data.Draft{Code: "S22829", Text: "typed before the crash"})
	a.applyOwn(readOwn(nb, true), true)
	if got := a.ui.notes.editor.Text; got != "typed before the crash" {
		t.Errorf("editor %q", got)
	}
}
