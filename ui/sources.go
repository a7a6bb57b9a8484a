package ui

import (
	"strings"

	"vertailu/assets"
	"vertailu/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// sourceOf is the Source tab: where the project was read from (a description, and every
// project list row that gives its code) with each source's funding figures when there are
// several, whether they agree, and every warning.
func sourceOf(p *data.Project, r *data.LoadResult, correct func(file string, was data.Date)) fyne.CanvasObject {
	f := newForm()
	if len(p.Sources) == 0 {
		f.add(T("Source file"), p.File)
	}
	for _, s := range p.Sources {
		addSource(f, p, s, correct)
	}
	root := r.Root
	if root == assets.SamplesName { // the embedded samples: named in the reader's language
		root = "(" + T("sample folder") + ")"
	}
	f.add(T("Opened folder"), root)
	complete := T("Yes")
	switch {
	case !p.Described():
		complete = T("No description: known only from a project list")
	case !p.Complete:
		complete = T("No – missing: {{.Sections}}", "Sections", strings.Join(p.Missing, ", "))
	}
	f.add(T("Complete"), complete)
	box := container.NewVBox()
	if p.Series() {
		l := widget.NewLabel(T("Several exports of one project list give this project: the table shows the newest export's figures, the earlier ones are its history."))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
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
func addSource(f *form, p *data.Project, s data.Source, correct func(file string, was data.Date)) {
	where := s.File
	if s.Sheet != "" {
		where += " · " + s.Sheet
	}
	if s.Line > 0 {
		where += ", " + T("line {{.Line}}", "Line", itoa(s.Line))
	}
	f.add(T("source."+string(s.Kind)), where)
	if s.Kind == data.SourceList {
		f.addObject("    "+T("Export date"), exportDateRow(s, correct))
	}
	if len(p.Sources) < 2 {
		return // the figures are the Funding tab's
	}
	first := data.FundingFigures(p.Funding)
	prev := previousExport(p, s)
	for i, fig := range data.FundingFigures(s.Funding) {
		v := data.FormatEuro(fig.Value, langCode())
		if fig.Value.Known && first[i].Value.Known && fig.Value.V != first[i].Value.V && !p.Superseded(s) {
			v = "⚠ " + v
		}
		if prev != nil {
			v += sinceText(data.FundingFigures(prev.Funding)[i].Value, fig.Value, prev.Exported)
		}
		f.add("    "+T("column."+fig.Key), v)
	}
}

// previousExport is the export of p's list before the one s is of, nil when s is the first
// (or no list's row).
func previousExport(p *data.Project, s data.Source) *data.Source {
	h := p.History()
	for k := 1; k < len(h); k++ {
		if h[k].File == s.File && h[k].Sheet == s.Sheet && h[k].Line == s.Line {
			return &h[k-1]
		}
	}
	return nil
}

// sinceText says how a figure moved since an earlier export: " (+250 € since 25.7.2026)";
// "" when it did not, or either is unknown.
func sinceText(before, now data.Int, when data.Date) string {
	if !before.Known || !now.Known || before.V == now.V {
		return ""
	}
	d := data.FormatEuro(data.KnownInt(now.V-before.V), langCode())
	if now.V > before.V {
		d = "+" + d
	}
	if !when.Known() {
		return " (" + T("{{.Change}} since the export before", "Change", d) + ")"
	}
	return " (" + T("{{.Change}} since {{.Date}}", "Change", d, "Date", data.FormatDate(when, langCode())) + ")"
}
