package ui

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2/widget"

	"vertailu/data"
	"vertailu/export"
)

// choosePack asks where to write the meeting pack of a scope (the marked projects, or every
// visible one) and under which title, then writes it.
func (a *App) choosePack(s Scope) {
	title := &escEntry{}
	title.ExtendBaseWidget(title)
	title.SetPlaceHolder(T("Meeting pack"))
	notes := widget.NewCheck(T("Include my notes"), a.prefs.setIncludeNotes)
	notes.Checked = a.prefs.includeNotes()
	similar := widget.NewCheck(T("Similar earlier projects"), nil)
	extra := []*widget.FormItem{widget.NewFormItem(T("Title"), title), widget.NewFormItem("", notes), widget.NewFormItem("", similar)}
	changes := a.ui.changes.packChanges()
	var withChanges *widget.Check
	if changes != nil {
		withChanges = widget.NewCheck(T("Add “Changes since {{.Date}}”", "Date", data.FormatDate(changes.From.Date.Date, a.lang)), nil)
		extra = append(extra, widget.NewFormItem("", withChanges))
	}
	a.chooseFileWith(datedName("pdf", T("meeting-pack")), extra, func(path string) {
		if withChanges == nil || !withChanges.Checked {
			changes = nil
		}
		a.ExportPackWith(path, s, strings.TrimSpace(title.Text), changes, similar.Checked)
	})
}

// packProjects returns the projects of a meeting pack in the table's order, and how the
// cover words the choice.
func (a *App) packProjects(s Scope) ([]*data.Project, export.PackOptions) {
	opts := export.PackOptions{Lang: a.lang, Folder: a.folderName(), Own: a.ownForExport()}
	if s == ScopeMarked {
		ps := slices.Clone(a.marks.List())
		q := a.sess.Query()
		data.Sort(ps, q.SortKey, q.Desc)
		opts.Marked, opts.Query = true, data.Query{SortKey: q.SortKey, Desc: q.Desc}
		return ps, opts
	}
	opts.Marked, opts.Query = a.sess.MarkedOnly(), a.sess.Query()
	return a.ui.table.Rows(), opts
}

// ExportPackWith is ExportPack with the section "Changes since DATE" when changes is set, and
// listing on each summary, when similar is set, the three similar earlier projects of the
// folder with their outcome.
func (a *App) ExportPackWith(path string, s Scope, title string, changes *data.Changes, similar bool) {
	ps, opts := a.packProjects(s)
	if len(ps) == 0 || !a.writable(filepath.Dir(path)) {
		return
	}
	opts.Title, opts.Changes = title, changes
	if similar {
		if ix := a.similarFor(a.store.Result()); ix != nil {
			opts.Similar = func(p *data.Project) []*data.Project { return ix.Earlier(p, 3) }
		}
	}
	a.confirmWrite(path, func(replace bool) {
		opts.Replace = replace
		a.runPack(path, ps, opts)
	})
}

func (a *App) runPack(path string, ps []*data.Project, opts export.PackOptions) {
	ctx, cancel := context.WithCancel(context.Background())
	pd := a.newProgress(T("Writing the meeting pack…"), cancel)
	a.tasks.Go(func(do func(func())) {
		opts.Progress = func(done, total int) {
			do(func() { pd.bar.SetValue(float64(done) / float64(total)) })
		}
		err := export.WritePackFile(ctx, path, ps, opts)
		cancel()
		do(func() {
			pd.d.Hide()
			switch {
			case errors.Is(err, context.Canceled):
				a.showDone(T("Export finished"), T("The export was cancelled."), filepath.Dir(path))
			case err != nil:
				a.showError(err)
			default:
				a.showDoneWith(T("Export finished"), TN("A meeting pack of {{.Count}} projects saved in {{.File}}.", len(ps), "File", path), filepath.Dir(path), path)
			}
		})
	})
}
