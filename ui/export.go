package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"vertailu/assets/words"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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
		item(T("Comparison report of the marked projects (PDF)…"), marked, func() { a.chooseFile(datedName("pdf"), a.ExportReport) }),
		item(T("Meeting pack of the marked projects ({{.N}})…", "N", itoa(marked)), marked, func() { a.choosePack(ScopeMarked) }),
		item(T("Meeting pack of all visible projects ({{.N}})…", "N", itoa(visible)), visible, func() { a.choosePack(ScopeVisible) }),
		fyne.NewMenuItemSeparator(),
		item(T("Visible table as CSV…"), visible, func() {
			a.chooseDialect(func(d fileFormat) { a.chooseFile(datedName("csv"), func(p string) { a.ExportTable(p, d) }) })
		}),
		item(T("Visible table as XLSX…"), visible, func() { a.chooseFile(datedName("xlsx"), func(p string) { a.ExportTable(p, xlsxFormat) }) }),
		item(T("Groups as CSV…"), visible, func() {
			a.chooseDialect(func(d fileFormat) { a.chooseFile(datedName("csv", "groups"), func(p string) { a.ExportGroups(p, d) }) })
		}),
		item(T("Groups as XLSX…"), visible, func() { a.chooseFile(datedName("xlsx", "groups"), func(p string) { a.ExportGroups(p, xlsxFormat) }) }),
		item(T("Changes as CSV…"), len(a.ui.changes.Shown()), func() {
			a.chooseDialect(func(d fileFormat) {
				a.chooseFile(datedName("csv", "changes"), func(p string) { a.ExportChanges(p, d) })
			})
		}),
		item(T("Changes as XLSX…"), len(a.ui.changes.Shown()), func() { a.chooseFile(datedName("xlsx", "changes"), func(p string) { a.ExportChanges(p, xlsxFormat) }) }),
		item(T("Warnings as CSV…"), len(a.ui.warnings.Rows()), func() {
			a.chooseDialect(func(d fileFormat) {
				a.chooseFile(datedName("csv", "warnings"), func(p string) { a.ExportWarnings(p, d) })
			})
		}),
		fyne.NewMenuItemSeparator(),
		a.includeNotesItem(),
	}
	a.popUpMenu(items, a.ui.exportBtn)
}

// chooseFolder asks for the folder to export into (see exportStart for where it starts).
func (a *App) chooseFolder(then func(dir string)) {
	a.folderDialog(a.exportStart(), func(dir string) {
		a.prefs.setExportFolder(dir)
		then(dir)
	})
}

// folderDialog shows Fyne's folder dialog at start (nil: where Fyne starts) for an export.
func (a *App) folderDialog(start fyne.ListableURI, then func(dir string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			a.showError(err)
			return
		}
		if u != nil {
			then(u.Path())
		}
	}, a.win)
	if start != nil {
		d.SetLocation(start)
	}
	d.SetConfirmText(T("Export here"))
	d.SetTitleText(T("Choose the folder for the export"))
	a.presentFileDialog(d)
}

// chooseFile asks for the file's name and its folder in one form: the name first, the folder
// below it, starting where exportStart says and changed through the folder dialog. Fyne's own
// save dialog is not used: it creates (or empties) the file before the app can refuse the
// folder being read, and asks its overwrite question in English only.
func (a *App) chooseFile(name string, then func(path string)) {
	a.chooseFileWith(name, nil, then)
}

// chooseFileWith is chooseFile whose form asks more below the folder.
func (a *App) chooseFileWith(name string, extra []*widget.FormItem, then func(path string)) {
	entry := &escEntry{}
	entry.ExtendBaseWidget(entry)
	entry.SetText(name)
	entry.Validator = validFileName
	folder := a.newFolderField()
	items := append([]*widget.FormItem{
		widget.NewFormItem(T("File name"), entry),
		widget.NewFormItem(T("Folder"), folder.row),
	}, extra...)
	form := dialog.NewForm(T("Export to a file"), T("Export"), T("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if folder.dir == "" {
			a.showError(errors.New(T("Choose the folder for the export")))
			return
		}
		if !a.writable(folder.dir) {
			return
		}
		a.prefs.setExportFolder(folder.dir)
		then(filepath.Join(folder.dir, strings.TrimSpace(entry.Text)))
	}, a.win)
	form.Resize(fyne.NewSize(min(a.win.Canvas().Size().Width-40, 640), form.MinSize().Height))
	entry.OnSubmitted = func(string) { form.Submit() }
	entry.onEsc = form.Hide // the field has the focus: Esc would stop there
	for _, it := range extra {
		if e, ok := it.Widget.(*escEntry); ok {
			e.OnSubmitted = func(string) { form.Submit() }
			e.onEsc = form.Hide
		}
	}
	a.present(form, form.Submit)
	a.win.Canvas().Focus(entry)
}

// folderField is the folder row of the export form: where the file goes, and a button that
// changes it through the folder dialog.
type folderField struct {
	a     *App
	dir   string
	label *widget.Label
	holds *widget.Label // the files in the folder: Fyne's folder dialog shows only folders
	row   fyne.CanvasObject
}

// newFolderField starts at exportStart: the last export folder, Documents or home.
func (a *App) newFolderField() *folderField {
	f := &folderField{a: a, label: widget.NewLabel(""), holds: widget.NewLabel("")}
	f.label.Truncation = fyne.TextTruncateEllipsis
	f.holds.Truncation = fyne.TextTruncateEllipsis
	f.holds.Importance = widget.LowImportance
	if l := a.exportStart(); l != nil {
		f.show(l.Path())
	}
	change := widget.NewButton(T("Change…"), func() {
		a.folderDialog(dialogStart(f.dir), func(dir string) { f.use(dir) })
	})
	f.row = container.NewVBox(container.NewBorder(nil, nil, nil, change, f.label), f.holds)
	return f
}

// use makes dir the export's folder, unless it is the folder being read (then it says why and
// keeps the folder it had); it reports whether it did.
func (f *folderField) use(dir string) bool {
	if !f.a.writable(dir) {
		return false
	}
	f.show(dir)
	return true
}

// show makes dir the folder and says which files it holds, the newest first.
func (f *folderField) show(dir string) {
	f.dir = dir
	f.label.SetText(dir)
	f.holds.SetText(folderHolds(dir))
}

// folderHolds says how many files dir holds and names the newest few.
func folderHolds(dir string) string {
	entries, _ := os.ReadDir(dir)
	type file struct {
		name string
		mod  time.Time
	}
	var files []file
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
			info, err := e.Info()
			if err == nil {
				files = append(files, file{e.Name(), info.ModTime()})
			}
		}
	}
	if len(files) == 0 {
		return T("No files in this folder yet.")
	}
	slices.SortFunc(files, func(x, y file) int { return y.mod.Compare(x.mod) })
	names := make([]string, 0, 3)
	for _, f := range files[:min(3, len(files))] {
		names = append(names, f.name)
	}
	list := strings.Join(names, ", ")
	if len(files) > 3 {
		list += ", …"
	}
	return TN("{{.Count}} files here: {{.Names}}", len(files), "Names", list)
}

// validFileName accepts a plain file name: not empty, no folder in it.
func validFileName(s string) error {
	s = strings.TrimSpace(s)
	if s == "" || s == "." || s == ".." || strings.ContainsAny(s, `/\`) || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 }) {
		return errors.New(T("Give a file name without a folder."))
	}
	return nil
}

// exportStart is where an export dialog opens: the last export folder, else the user's
// Documents, else home; never the folder being read (nothing may be written there).
func (a *App) exportStart() fyne.ListableURI {
	home, _ := os.UserHomeDir()
	for _, dir := range []string{a.prefs.exportFolder(), filepath.Join(home, "Documents"), home} {
		if dir == "" || !isDir(dir) || export.RefuseInside(dir, append([]string{a.dir}, a.places...)...) != nil {
			continue
		}
		if l := dialogStart(dir); l != nil {
			return l
		}
	}
	return nil
}

// datedName is the file name an export suggests: vertailu[_what]_YYYY-MM-DD.ext.
func datedName(ext string, what ...string) string {
	parts := append([]string{"vertailu"}, what...)
	return strings.Join(append(parts, time.Now().Format("2006-01-02")), "_") + "." + ext
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
	a.confirmKeys(c)
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
	a.present(cancelOnEsc{d, cancel}, nil) // Esc cancels, as the button does
	return &progressDialog{d: d, bar: bar}
}

func (a *App) runPDFExport(ps []*data.Project, dir string, force bool) {
	ctx, cancel := context.WithCancel(context.Background())
	pd := a.newProgress(T("Exporting PDF summaries…"), cancel)
	lang, own := a.lang, a.ownForExport() // read here, on the UI goroutine
	a.tasks.Go(func(do func(func())) {
		opts := export.BatchOptions{Lang: lang, Force: force, Own: own, Progress: func(done, total int) {
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
			switch reason { // the catalogue's id is the English text
			case export.ReasonExists:
				reason = T(export.ReasonExists)
			case export.ReasonAppeared:
				reason = T(export.ReasonAppeared)
			}
			b.WriteString(fmt.Sprintf("\n%s: %s", filepath.Base(s.Path), reason))
		}
	}
	a.showDone(T("Export finished"), b.String(), dir)
}

// showDone shows a summary with a button that opens the folder in the file manager.
func (a *App) showDone(title, msg, dir string) { a.showDoneWith(title, msg, dir, "") }

// showDoneWith is showDone that, for a PDF written, first offers to open it in the system's
// viewer (Enter does that).
func (a *App) showDoneWith(title, msg, dir, pdf string) {
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	openURL := func(path string) func() {
		return func() {
			if err := a.fyne.OpenURL(folderURL(path)); err != nil {
				a.showError(err)
			}
			d.Hide()
		}
	}
	buttons := container.NewHBox(widget.NewButton(T("Open folder"), openURL(dir)))
	enter := func() { d.Hide() }
	if pdf != "" {
		open := widget.NewButton(T("Open the PDF"), openURL(pdf))
		open.Importance = widget.HighImportance
		buttons.Objects = append([]fyne.CanvasObject{open}, buttons.Objects...)
		enter = openURL(pdf)
	}
	d = dialog.NewCustom(title, T("Close"), container.NewVBox(l, container.NewCenter(buttons)), a.win)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	a.present(d, enter)
	a.lastDone = msg
}

// folderURL is a file URL of dir, for the system's file manager.
func folderURL(dir string) *url.URL {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return &url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}
}

// fileFormat is how a table is written: CSV for Excel in a Finnish or an English locale, or
// XLSX.
type fileFormat int

const (
	csvFinnish fileFormat = iota // ';' and decimal commas, as Excel reads CSV in Finland
	csvEnglish                   // ',' and decimal points
	xlsxFormat
)

const prefCSVDialect = "csvDialect"

// csvOptions are the export options of a CSV format, with titles in lang.
func (f fileFormat) csvOptions(lang string) export.CSVOptions {
	sep := ';'
	if f == csvEnglish {
		sep = ','
	}
	return export.CSVOptions{Separator: sep, BOM: true, Lang: lang}
}

// chooseDialect asks which Excel the CSV is for: the choice made last, else the one the
// system's locale suggests (not the interface's language: an officer's Excel is Finnish
// whatever language the app speaks).
func (a *App) chooseDialect(then func(fileFormat)) {
	labels := []string{T("Excel in Finnish (; and decimal comma)"), T("Excel in English, other programs (, and decimal point)")}
	choice := csvFinnish
	if SystemLanguage() != LangFinnish {
		choice = csvEnglish
	}
	if v := a.prefs.csvDialect(); v == int(csvFinnish) || v == int(csvEnglish) {
		choice = fileFormat(v)
	}
	radio := widget.NewRadioGroup(labels, nil)
	radio.Required = true
	radio.SetSelected(labels[choice])
	d := dialog.NewCustomConfirm(T("CSV for"), T("Continue"), T("Cancel"), radio, func(ok bool) {
		if !ok {
			return
		}
		f := csvFinnish
		if radio.Selected == labels[1] {
			f = csvEnglish
		}
		a.prefs.setCSVDialect(f)
		then(f)
	}, a.win)
	a.confirmKeys(d)
}

// ExportReport writes the comparison report of the marked projects to path.
func (a *App) ExportReport(path string) {
	ps := a.marks.List()
	if len(ps) == 0 || !a.writable(filepath.Dir(path)) {
		return
	}
	opts := export.ReportOptions{Lang: a.lang} // read here: the render runs on a worker
	a.confirmWrite(path, func(replace bool) {
		a.writeInBackground(path, replace, notTable, func(b *bytes.Buffer) error {
			return export.WriteReport(b, ps, opts)
		})
	})
}

// ExportTable writes the visible table, all columns, to path.
func (a *App) ExportTable(path string, format fileFormat) {
	ps := a.ui.table.Rows()
	if len(ps) == 0 || !a.writable(filepath.Dir(path)) {
		return
	}
	cols, lang := append(data.Columns(), a.ownColumnsForExport()...), a.lang
	a.confirmWrite(path, func(replace bool) {
		a.writeInBackground(path, replace, len(ps), func(b *bytes.Buffer) error {
			if format == xlsxFormat {
				return export.WriteXLSX(b, ps, cols, lang)
			}
			return export.WriteCSV(b, ps, cols, format.csvOptions(lang))
		})
	})
}

// ExportGroups writes the groups of the visible projects, as the Groups tab groups and orders
// them, with the total row, to path.
func (a *App) ExportGroups(path string, format fileFormat) {
	g, lang := data.GroupBy(a.ui.table.Rows(), a.groupBy.field), a.lang
	g.Groups = orderGroups(g.Groups, a.groupBy)
	if !a.writable(filepath.Dir(path)) {
		return
	}
	a.confirmWrite(path, func(replace bool) {
		a.writeInBackground(path, replace, len(g.Groups)+1, func(b *bytes.Buffer) error { // and the total row
			if format == xlsxFormat {
				return export.WriteGroupsXLSX(b, g, lang)
			}
			return export.WriteGroupsCSV(b, g, format.csvOptions(lang))
		})
	})
}

// ExportChanges writes the changes the Changes tab shows, filtered and in its order, to path.
func (a *App) ExportChanges(path string, format fileFormat) {
	pcs, lang := slices.Clone(a.ui.changes.Shown()), a.lang
	if len(pcs) == 0 || !a.writable(filepath.Dir(path)) {
		return
	}
	a.confirmWrite(path, func(replace bool) {
		a.writeInBackground(path, replace, len(pcs), func(b *bytes.Buffer) error {
			if format == xlsxFormat {
				return export.WriteChangesXLSX(b, pcs, lang)
			}
			return export.WriteChangesCSV(b, pcs, format.csvOptions(lang))
		})
	})
}

// ExportWarnings writes every warning and skipped file of the open folder to path.
func (a *App) ExportWarnings(path string, format fileFormat) {
	r, lang := a.store.Result(), a.lang
	if !a.writable(filepath.Dir(path)) {
		return
	}
	a.confirmWrite(path, func(replace bool) {
		a.writeInBackground(path, replace, problemRows(r), func(b *bytes.Buffer) error {
			return export.WriteProblemsCSV(b, r, format.csvOptions(lang))
		})
	})
}

// confirmWrite asks before replacing an existing file, and calls write with whether the user
// let it be replaced. Without that, the write never replaces a file that appears meanwhile
// (another export, another program): see export.ErrAppeared.
func (a *App) confirmWrite(path string, write func(replace bool)) {
	if _, err := os.Lstat(path); err != nil {
		write(false)
		return
	}
	c := dialog.NewConfirm(T("Overwrite files?"), T("{{.File}} exists. Overwrite it?", "File", path),
		func(ok bool) {
			if ok {
				write(true)
			}
		}, a.win)
	c.SetConfirmText(T("Overwrite"))
	c.SetDismissText(T("Cancel"))
	a.confirmKeys(c)
}

// problemRows is how many rows the warnings export writes: one per skipped file and one per
// warning.
func problemRows(r *data.LoadResult) int {
	n := 0
	if r == nil {
		return 0
	}
	for _, f := range r.Files {
		if f.Status == data.Skipped {
			n++
			continue
		}
		n += len(f.Problems)
	}
	return n
}

// notTable is the rows of a file that is no table (a PDF): its summary says only where it went.
const notTable = -1

// writeInBackground renders a file off the UI goroutine and moves it into place whole,
// replacing a file at path only when replace is set. A table's summary says how many rows
// (below its header) it wrote.
func (a *App) writeInBackground(path string, replace bool, rows int, render func(*bytes.Buffer) error) {
	a.tasks.Go(func(do func(func())) {
		var b bytes.Buffer
		err := render(&b)
		switch {
		case err == nil && replace:
			err = export.WriteFile(path, b.Bytes())
		case err == nil:
			err = export.WriteNewFileContext(context.Background(), path, b.Bytes())
		}
		do(func() {
			if err != nil {
				a.showError(err)
				return
			}
			msg := T("Saved {{.File}}.", "File", path)
			if rows != notTable {
				msg = TN("{{.Count}} rows written to {{.File}}.", rows, "File", path)
			}
			a.showDone(T("Export finished"), msg, filepath.Dir(path))
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

// showError shows err in a dialog; a full disk is said in the interface's language.
func (a *App) showError(err error) {
	var pe *os.PathError
	switch {
	case errors.Is(err, export.ErrDiskFull):
		err = errors.New(T("The disk is full: nothing was written. Free some space, or choose another place, and export again."))
	case errors.Is(err, export.ErrAppeared) && errors.As(err, &pe):
		err = errors.New(T("{{.File}} appeared while the export was being written. It was kept, and nothing was written.", "File", pe.Path))
	default:
		err = errors.New(words.Of(langCode()).Error(err)) // a place or a system error worded
	}
	a.infoKeys(dialog.NewError(err, a.win))
}

// includeNotesItem is the Export menu's "Include my notes": ticked when the PDF summaries, the
// meeting pack and the table's CSV/XLSX print the officer's own notes and tags; a tap turns it
// on or off (remembered).
func (a *App) includeNotesItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(T("Include my notes"), a.toggleIncludeNotes)
	it.Checked = a.prefs.includeNotes()
	return it
}
