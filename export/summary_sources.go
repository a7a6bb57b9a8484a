package export

import (
	"strconv"
	"strings"

	"vertailu/data"
)

// The summary's word on where its figures come from: every source in the footer, a note under
// the name when there is no description, and a line above the footer when the sources give
// different funding figures (each with where it comes from).

// sourceName is a source as the summary names it: the file, and a list's sheet, row and
// export date.
func (l *labels) sourceName(s data.Source) string {
	name := s.File
	if s.Sheet != "" {
		name += " · " + s.Sheet
	}
	if s.Line > 0 {
		name += ", " + l.lang.T("line {{.Line}}", "Line", strconv.Itoa(s.Line))
	}
	if s.Exported.Known() { // a list export's date: which of several downloads it is
		name += ", " + formatDate(s.Exported.Time, string(l.lang))
	}
	return name
}

// sourcesText is every source of p, "; " between them (the file alone for a project made in
// code).
func (l *labels) sourcesText(p *data.Project) string {
	if len(p.Sources) == 0 {
		return p.File
	}
	names := make([]string, len(p.Sources))
	for i, s := range p.Sources {
		names[i] = l.sourceName(s)
	}
	return strings.Join(names, "; ")
}

// noDescription says a project is known only from a list, and which.
func (l *labels) noDescription(p *data.Project) string {
	return l.lang.T("No description in the folder: known only from {{.Source}}. A list gives no texts, places, indicators or sustainability.", "Source", l.sourcesText(p))
}

// disagreement words every funding figure the sources give differently, each source with
// the value it gives: "The sources disagree: Granted EU+state 248 583 € (hanke.txt),
// 85 262 € (lista.csv, line 2)"; "" when they agree.
func (l *labels) disagreement(p *data.Project) string {
	var parts []string
	for i, fig := range data.FundingFigures(p.Funding) {
		if !p.FigureDiffers(i) {
			continue
		}
		each := make([]string, len(p.Sources))
		for j, s := range p.Sources {
			each[j] = data.FormatEuro(data.FundingFigures(s.Funding)[i].Value, string(l.lang)) + " (" + l.sourceName(s) + ")"
		}
		parts = append(parts, strings.TrimSuffix(l.lang.T("column."+fig.Key), " €")+" "+strings.Join(each, ", "))
	}
	if len(parts) == 0 {
		return ""
	}
	return l.lang.T("The sources disagree: {{.Figures}}", "Figures", strings.Join(parts, "; "))
}
