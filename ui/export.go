package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
	"vertailu/export"
)

// prefExportFolder remembers where the last export went.
const prefExportFolder = "exportFolder"

// Scope says which projects an export takes.
type Scope int

// The export scopes.
const (
	ScopeSelected Scope = iota // the selected project
	ScopeMarked                // the marked projects
	ScopeVisible               // every row the table shows
)

// scopeProjects returns the projects of a scope.
func (a *App) scopeProjects(s Scope) []*data.Project {
	switch s {
	case ScopeSelected:
		if p := a.ui.table.Selected(); p != nil {
			return []*data.Project{p}
		}
		return nil
	case ScopeMarked:
		return a.marks.List()
	}
	return a.ui.table.Rows()
}

// ShowExportMenu offers the exports under the Export button (Ctrl+E).
func (a *App) ShowExportMenu() {
	item := func(label string, n int, fn func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, fn)
		it.Disabled = n == 0
		return it
	}
	sel, marked, visible := len(a.scopeProjects(ScopeSelected)), a.marks.Len(), len(a.ui.table.Rows())
	items := []*fyne.MenuItem{
		item(T("PDF summary of the selected project…"), sel, func() { a.chooseFolder(func(d string) { a.ExportPDFs(ScopeSelected, d) }) }),
		item(T("PDF summaries of the marked projects ({{.N}})…", "N", itoa(marked)), marked, func() { a.chooseFolder(func(d string) { a.ExportPDFs(ScopeMarked, d) }) }),
		item(T("PDF summaries of all visible projects ({{.N}})…", "N", itoa(visible)), visible, func() { a.chooseFolder(func(d string) { a.ExportPDFs(ScopeVisible, d) }) }),
		fyne.NewMenuItemSeparator(),
		item(T("Comparison report of the marked projects (PDF)…"), marked, func() { a.chooseFolder(a.ExportReport) }),
		fyne.NewMenuItemSeparator(),
		item(T("Visible table as CSV…"), visible, func() { a.chooseFolder(func(d string) { a.ExportTable(d, "csv") }) }),
		item(T("Visible table as XLSX…"), visible, func() { a.chooseFolder(func(d string) { a.ExportTable(d, "xlsx") }) }),
	}
	a.popUpMenu(items, a.ui.exportBtn)
}

// chooseFolder asks for the folder to export into, starting where the last export went.
func (a *App) chooseFolder(then func(dir string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			a.showError(err)
			return
		}
		if u == nil {
			return
		}
		a.fyne.Preferences().SetString(prefExportFolder, u.Path())
		then(u.Path())
	}, a.win)
	if last := a.fyne.Preferences().String(prefExportFolder); last != "" && isDir(last) {
		if l, err := storage.ListerForURI(storage.NewFileURI(last)); err == nil {
			d.SetLocation(l)
		}
	}
	d.SetConfirmText(T("Export here"))
	d.Show() // a file dialog cannot be resized before it is shown
	d.Resize(dialogSize(a.win))
}

// ExportPDFs writes the one-page summaries of a scope into dir, asking first when files of the
// same names exist. It runs in the background with a progress dialog that can cancel, and ends
// with a summary that offers to open the folder.
func (a *App) ExportPDFs(s Scope, dir string) {
	ps := a.scopeProjects(s)
	if len(ps) == 0 || !a.writable(dir) {
		return
	}
	existing := 0
	for _, name := range export.FileNames(ps) {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			existing++
		}
	}
	if existing == 0 {
		a.runPDFExport(ps, dir, false)
		return
	}
	msg := T("{{.N}} of the {{.All}} files already exist in {{.Dir}}. Overwrite them?",
		"N", itoa(existing), "All", itoa(len(ps)), "Dir", dir)
	c := dialog.NewConfirm(T("Overwrite files?"), msg, func(overwrite bool) { a.runPDFExport(ps, dir, overwrite) }, a.win)
	c.SetConfirmText(T("Overwrite"))
	c.SetDismissText(T("Keep existing"))
	c.Show()
}

// progressDialog is a modal progress bar with a cancel button.
type progressDialog struct {
	d   dialog.Dialog
	bar *widget.ProgressBar
}

func (a *App) newProgress(title string, cancel func()) *progressDialog {
	bar := widget.NewProgressBar()
	stop := widget.NewButton(T("Cancel"), cancel)
	content := container.NewVBox(bar, container.NewCenter(stop))
	d := dialog.NewCustomWithoutButtons(title, content, a.win)
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	d.Show()
	return &progressDialog{d: d, bar: bar}
}

func (a *App) runPDFExport(ps []*data.Project, dir string, force bool) {
	ctx, cancel := context.WithCancel(context.Background())
	pd := a.newProgress(T("Exporting PDF summaries…"), cancel)
	lang := a.lang // read here, on the UI goroutine
	a.tasks.Go(func(do func(func())) {
		opts := export.BatchOptions{Lang: lang, Force: force, Progress: func(done, total int) {
			do(func() { pd.bar.SetValue(float64(done) / float64(total)) })
		}}
		res, err := export.ExportSummaries(ctx, ps, dir, opts)
		cancel()
		do(func() {
			pd.d.Hide()
			a.exportDone(dir, res, err)
		})
	})
}

// exportDone says what was written and skipped, and offers to open the folder.
func (a *App) exportDone(dir string, res export.BatchResult, err error) {
	var b strings.Builder
	b.WriteString(TN("{{.Count}} PDF files written to {{.Dir}}.", len(res.Written), "Dir", dir))
	if errors.Is(err, context.Canceled) {
		b.WriteString("\n" + T("The export was cancelled."))
	} else if err != nil {
		b.WriteString("\n" + err.Error())
	}
	if len(res.Skipped) > 0 {
		b.WriteString("\n" + T("{{.N}} skipped:", "N", itoa(len(res.Skipped))))
		for i, s := range res.Skipped {
			if i == 10 {
				b.WriteString("\n…")
				break
			}
			reason := s.Reason
			if reason == export.ReasonExists {
				reason = T(export.ReasonExists) // the catalogue's id is the English text
			}
			b.WriteString(fmt.Sprintf("\n%s: %s", filepath.Base(s.Path), reason))
		}
	}
	a.showDone(T("Export finished"), b.String(), dir)
}

// showDone shows a summary with a button that opens the folder in the file manager.
func (a *App) showDone(title, msg, dir string) {
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	open := widget.NewButton(T("Open folder"), func() {
		if err := a.fyne.OpenURL(folderURL(dir)); err != nil {
			a.showError(err)
		}
		d.Hide()
	})
	d = dialog.NewCustom(title, T("Close"), container.NewVBox(l, container.NewCenter(open)), a.win)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	a.lastDone = msg
}

// folderURL is a file URL of dir, for the system's file manager.
func folderURL(dir string) *url.URL {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return &url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}
}

// ExportReport writes the comparison report of the marked projects into dir.
func (a *App) ExportReport(dir string) {
	ps := a.marks.List()
	if len(ps) == 0 || !a.writable(dir) {
		return
	}
	name := filepath.Join(dir, fmt.Sprintf("vertailu_%s.pdf", time.Now().Format("2006-01-02")))
	opts := export.ReportOptions{Lang: a.lang} // read here: the render runs on a worker
	a.confirmWrite(name, func() {
		a.writeInBackground(name, func(b *bytes.Buffer) error {
			return export.WriteReport(b, ps, opts)
		})
	})
}

// ExportTable writes the visible table, all columns, as CSV or XLSX into dir.
func (a *App) ExportTable(dir, format string) {
	ps := a.ui.table.Rows()
	if len(ps) == 0 || !a.writable(dir) {
		return
	}
	name := filepath.Join(dir, fmt.Sprintf("vertailu_%s.%s", time.Now().Format("2006-01-02"), format))
	cols, lang := data.Columns(), a.lang
	a.confirmWrite(name, func() {
		a.writeInBackground(name, func(b *bytes.Buffer) error {
			if format == "xlsx" {
				return export.WriteXLSX(b, ps, cols, lang)
			}
			opts := export.CSVOptions{Separator: ';', BOM: true, Lang: lang}
			if lang == LangEnglish {
				opts.Separator = ','
			}
			return export.WriteCSV(b, ps, cols, opts)
		})
	})
}

// confirmWrite asks before replacing an existing file.
func (a *App) confirmWrite(path string, write func()) {
	if _, err := os.Lstat(path); err != nil {
		write()
		return
	}
	c := dialog.NewConfirm(T("Overwrite files?"), T("{{.File}} exists. Overwrite it?", "File", path),
		func(ok bool) {
			if ok {
				write()
			}
		}, a.win)
	c.SetConfirmText(T("Overwrite"))
	c.Show()
}

// writeInBackground renders a file off the UI goroutine and moves it into place whole.
func (a *App) writeInBackground(path string, render func(*bytes.Buffer) error) {
	a.tasks.Go(func(do func(func())) {
		var b bytes.Buffer
		err := render(&b)
		if err == nil {
			err = export.WriteFile(path, b.Bytes())
		}
		do(func() {
			if err != nil {
				a.showError(err)
				return
			}
			a.showDone(T("Export finished"), T("Saved {{.File}}.", "File", path), filepath.Dir(path))
		})
	})
}

// writable refuses the folder being read (Vertailu never writes into it) and says why.
func (a *App) writable(dir string) bool {
	if err := export.RefuseInside(dir, append([]string{a.dir}, a.places...)...); err != nil {
		a.showError(errors.New(T("Vertailu never writes into the folder it reads. Choose another folder for the export.")))
		return false
	}
	return true
}

// showError shows err in a dialog.
func (a *App) showError(err error) { dialog.ShowError(err, a.win) }
