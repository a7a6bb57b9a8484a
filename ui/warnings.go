package ui

import (
	"vertailu/assets/words"
	"vertailu/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// warningRow is one line of the warnings panel: a file, a line (0 for the whole file) and what
// is wrong with it or why it was skipped. A list's entry opens with a summary (how many of its
// rows were read) and its problems by kind, each a row of its own.
type warningRow struct {
	File    string
	Line    int
	Sheet   string // the sheet of a workbook with several
	Message string
	Skipped bool
	Summary bool          // a list's rows read, or a kind of problem with its count
	Severe  bool          // rows of a list not read: in the warning colour
	Project *data.Project // the project of the problem's file or row, nil when none
}

// warningRows lists every problem of a load: per file, for a list how many of its rows were
// read and its problems by kind, the most serious first; then every problem kept, the most
// serious first, and a skipped file's reason. Nothing is left out.
func warningRows(r *data.LoadResult) []warningRow {
	lang := string(uiLang())
	var rows []warningRow
	for _, f := range r.Files {
		if f.Status == data.Loaded && f.RowsNotRead() == 0 {
			continue
		}
		if f.Status == data.Skipped {
			rows = append(rows, warningRow{File: f.Path, Message: words.Of(lang).Problem(f.Reason), Skipped: true})
		}
		if line := words.Of(lang).RowsLine(f); line != "" {
			rows = append(rows, warningRow{File: f.Path, Message: line, Summary: true, Severe: f.RowsNotRead() > 0})
			for _, k := range f.Kinds() {
				rows = append(rows, warningRow{File: f.Path, Message: words.Of(lang).KindLine(k), Summary: true, Severe: k.Severity == data.SeverityNotRead})
			}
		}
		rowOf := listRows(f)
		for _, p := range f.SortedProblems() {
			proj := f.Project
			if proj == nil {
				proj = rowOf[p.Line]
			}
			rows = append(rows, warningRow{
				File: f.Path, Line: p.Line, Sheet: p.Sheet, Message: words.Of(lang).Problem(p),
				Skipped: f.Status == data.Skipped, Severe: p.Severity() == data.SeverityNotRead, Project: proj,
			})
		}
	}
	return rows
}

// listRows maps a list's lines to the projects of its rows (nil for a description).
func listRows(f data.FileResult) map[int]*data.Project {
	if len(f.Listed) == 0 {
		return nil
	}
	m := make(map[int]*data.Project, len(f.Listed))
	for _, p := range f.Listed {
		for _, s := range p.Sources {
			if s.File == f.Path && s.Line > 0 {
				m[s.Line] = p
			}
		}
	}
	return m
}

// warningsView is the warnings panel: every file problem with file, line and message.
type warningsView struct {
	widget.BaseWidget

	// OnOpen shows the project of a warning chosen, with the warnings of its file (its Source).
	OnOpen func(*data.Project)

	content fyne.CanvasObject
	summary *widget.Label
	table   *widget.Table
	detail  *widget.Label // the chosen warning in full
	rows    []warningRow
}

var warningHeaders = []string{"Source file", "Line", "Message"}

func newWarningsView() *warningsView {
	v := &warningsView{summary: widget.NewLabel(""), detail: widget.NewLabel(T("Choose a warning to read it in full and open its project."))}
	v.detail.Wrapping = fyne.TextWrapWord
	v.table = widget.NewTableWithHeaders(func() (int, int) { return len(v.rows), 3 },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		}, v.update)
	v.table.ShowHeaderColumn = false
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(warningHeaders) {
			l := o.(*widget.Label)
			l.SetText(T(warningHeaders[id.Col]))
			l.TextStyle.Bold = true
		}
	}
	v.table.SetColumnWidth(0, 320)
	v.table.SetColumnWidth(1, 70)
	v.table.SetColumnWidth(2, 900)
	v.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(v.rows) {
			v.choose(v.rows[id.Row])
		}
	}
	v.content = container.NewBorder(v.summary, v.detail, nil, nil, v.table)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer draws the view's content.
func (v *warningsView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.content)
}

// choose shows a warning in full and opens its project: selected in the table (the filters
// cleared if they hide it), with the warnings of its file on the Source tab.
func (v *warningsView) choose(r warningRow) {
	text := r.File
	if r.Sheet != "" {
		text += "[" + r.Sheet + "]"
	}
	if r.Line > 0 {
		text += ":" + itoa(r.Line)
	}
	msg := r.Message
	if r.Skipped && !r.Summary && r.Line == 0 {
		msg = T("skipped") + ": " + msg
	}
	v.detail.SetText(text + ": " + msg)
	if r.Project != nil && v.OnOpen != nil {
		v.OnOpen(r.Project)
	}
}

// set lists the problems of r.
func (v *warningsView) set(r *data.LoadResult) {
	v.rows = warningRows(r)
	ok, warn, skip := r.Counts()
	v.summary.SetText(TN("{{.Count}} files read: {{.OK}} without problems, {{.Warn}} with warnings, {{.Skip}} skipped.",
		ok+warn+skip, "OK", itoa(ok), "Warn", itoa(warn), "Skip", itoa(skip)))
	v.table.Refresh()
}

// Rows returns the rows listed.
func (v *warningsView) Rows() []warningRow { return v.rows }

func (v *warningsView) update(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row < 0 || id.Row >= len(v.rows) {
		return
	}
	r := v.rows[id.Row]
	l.Alignment = fyne.TextAlignLeading
	l.TextStyle.Bold = r.Summary
	l.Importance = widget.MediumImportance
	if r.Severe {
		l.Importance = widget.WarningImportance
	}
	switch id.Col {
	case 0:
		l.SetText(r.File)
	case 1:
		l.Alignment = fyne.TextAlignTrailing
		if r.Line > 0 {
			l.SetText(itoa(r.Line))
		} else {
			l.SetText("")
		}
	default:
		msg := r.Message
		if r.Skipped && !r.Summary && r.Line == 0 {
			msg = T("skipped") + ": " + msg
		}
		l.SetText(oneLine(msg))
	}
}
