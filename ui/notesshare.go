package ui

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// ShowAllNotes lists every note, by project code, those of projects the open folder does not
// hold too (notes follow the code, and are kept when the project is not loaded); a tap on a
// loaded project's code selects it.
func (a *App) ShowAllNotes() {
	codes := make([]string, 0, len(a.own.notes))
	for c := range a.own.notes {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	loaded := map[string]*data.Project{}
	for _, p := range a.store.Projects() {
		if c := data.CleanCode(p.Code); loaded[c] == nil {
			loaded[c] = p
		}
	}
	list := container.NewVBox()
	var d dialog.Dialog
	if len(codes) == 0 {
		list.Add(widget.NewLabel(T("No notes yet.")))
	}
	for _, c := range codes {
		p := loaded[c]
		var head fyne.CanvasObject
		if p != nil {
			head = widget.NewButton(c+" · "+p.Name, func() {
				d.Hide()
				a.selectLoaded(p)
			})
		} else {
			l := widget.NewLabelWithStyle(c+" · "+T("not in the open folder"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			l.Importance = widget.LowImportance
			head = l
		}
		list.Add(head)
		for _, n := range a.own.notes[c] {
			l := widget.NewLabel(joinNonEmpty(" · ", n.Author, noteTime(n.Created)) + "\n" + n.Text)
			l.Wrapping = fyne.TextWrapWord
			list.Add(l)
		}
		list.Add(widget.NewSeparator())
	}
	d = dialog.NewCustom(TN("{{.Count}} notes", len(a.own.layer.Notes)), T("Close"), container.NewVScroll(list), a.win)
	d.Resize(fyne.NewSize(min(a.win.Canvas().Size().Width-40, 760), min(a.win.Canvas().Size().Height-40, 560)))
	a.infoKeys(d)
}

// selectLoaded selects p in the table, clearing the search and filters when they hide it.
func (a *App) selectLoaded(p *data.Project) {
	if !slices.Contains(a.ui.table.Rows(), p) {
		a.ClearFilters()
	}
	a.ui.table.SelectProject(p)
	a.ui.table.ScrollToProject(p)
	a.ShowView("notes")
}

// ExportNotes writes the notes, tags and selections to path: JSON to import elsewhere, or
// CSV (by the name's extension) to read in a spreadsheet.
func (a *App) ExportNotes(path string) {
	if !a.writable(filepath.Dir(path)) {
		return
	}
	nb := a.notebook()
	csv := strings.EqualFold(filepath.Ext(path), ".csv")
	a.confirmWrite(path, func(replace bool) {
		a.writeInBackground(path, replace, notTable, func(b *bytes.Buffer) error {
			l, err := data.ReadOwnLayer(nb)
			if err != nil {
				return err
			}
			if csv {
				return data.WriteOwnCSV(b, l)
			}
			return data.WriteOwnJSON(b, l, time.Now())
		})
	})
}

// ShowImportNotes asks for an exported notes file and merges it into the notebook.
func (a *App) ShowImportNotes() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			a.showError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		a.ImportNotes(r, r.URI().Name())
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	a.presentFileDialog(d)
}

// ImportNotes merges the export file read from r (named name) into the notebook and says
// what it added, what was there already and which conflicts it kept both sides of.
func (a *App) ImportNotes(r io.Reader, name string) {
	l, err := data.ReadOwnJSON(r)
	if err != nil {
		a.showError(errors.New(T("{{.File}} is not an export of Vertailu's notes: {{.Error}}", "File", name, "Error", err.Error())))
		return
	}
	var rep data.ImportReport
	a.changeNotebook(func(nb data.Notebook) error {
		var err error
		rep, err = nb.Import(l)
		return err
	}, func(err error) {
		if err != nil {
			a.showError(noteError(err))
			return
		}
		a.infoKeys(dialog.NewInformation(T("Import finished"), importText(rep), a.win))
	})
}

// importText words an import's report.
func importText(rep data.ImportReport) string {
	lines := []string{
		T("Notes: {{.Added}} added, {{.Same}} already there.", "Added", itoa(rep.NotesAdded), "Same", itoa(rep.NotesSame)),
		T("Tags: {{.Added}} added, {{.Same}} already there.", "Added", itoa(rep.TagsAdded), "Same", itoa(rep.TagsSame)),
		T("Selections: {{.Added}} added, {{.Same}} already there.", "Added", itoa(rep.SelectionsAdded), "Same", itoa(rep.SelectionsSame)),
	}
	if n := len(rep.NoteConflicts); n > 0 {
		lines = append(lines, TN("{{.Count}} notes had been edited in both places: both versions were kept.", n))
	}
	for _, s := range rep.SelectionConflicts {
		lines = append(lines, T("A selection of the same name holds other projects: the imported one is “{{.Name}}”.", "Name", s))
	}
	return strings.Join(lines, "\n")
}
