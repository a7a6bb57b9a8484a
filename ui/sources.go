package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// sourceOf is the Source tab: where the project was read from (a description, and every
// project list row that gives its code) with each source's funding figures when there are
// several, whether they agree, and every warning.
func sourceOf(p *data.Project, r *data.LoadResult) fyne.CanvasObject {
	f := newForm()
	if len(p.Sources) == 0 {
		f.add(T("Source file"), p.File)
	}
	for _, s := range p.Sources {
		addSource(f, p, s)
	}
	f.add(T("Opened folder"), r.Root)
	complete := T("Yes")
	switch {
	case !p.Described():
		complete = T("No description: known only from a project list")
	case !p.Complete:
		complete = T("No – missing: {{.Sections}}", "Sections", strings.Join(p.Missing, ", "))
	}
	f.add(T("Complete"), complete)
	box := container.NewVBox()
	if p.SourcesDisagree() {
		l := widget.NewLabel(T("⚠ The sources give different funding figures. The table shows, for each, the first source that gives it; a figure marked ⚠ differs from that."))
		l.Importance = widget.WarningImportance
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	box.Add(f.c)
	box.Add(heading(T("Warnings for this file")))
	if len(p.Warnings) == 0 {
		box.Add(widget.NewLabel(T("No warnings.")))
	}
	for _, w := range p.Warnings {
		l := widget.NewLabel(problemText(w))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	return box
}

// addSource adds one source to f: its kind, file and row and, when the project has several
// sources, the funding figures it gives, a figure that differs from the one the table shows
// (the first source's that is known) marked.
func addSource(f *form, p *data.Project, s data.Source) {
	where := s.File
	if s.Sheet != "" {
		where += " · " + s.Sheet
	}
	if s.Line > 0 {
		where += ", " + T("line {{.Line}}", "Line", itoa(s.Line))
	}
	f.add(T("source."+string(s.Kind)), where)
	if len(p.Sources) < 2 {
		return // the figures are the Funding tab's
	}
	first := data.FundingFigures(p.Funding)
	for i, fig := range data.FundingFigures(s.Funding) {
		v := data.FormatEuro(fig.Value, langCode())
		if fig.Value.Known && first[i].Value.Known && fig.Value.V != first[i].Value.V {
			v = "⚠ " + v
		}
		f.add("    "+T("column."+fig.Key), v)
	}
}
