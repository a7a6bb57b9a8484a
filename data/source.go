package data

import (
	"strconv"
)

// SourceKind is what kind of file a project was read from.
type SourceKind string

// The kinds of source a project can have.
const (
	SourceDescription SourceKind = "description" // a plain-text description
	SourcePage        SourceKind = "page"        // a description saved from the browser
	SourcePDF         SourceKind = "pdf"         // a description printed to PDF
	SourceList        SourceKind = "list"        // a row of a project list export
)

// Source is one file (and, for a list, one row of it) a project was read from, with the
// funding figures it gives.
type Source struct {
	Kind    SourceKind `json:"kind"`
	File    string     `json:"file"`            // relative to the opened folder, forward slashes
	Sheet   string     `json:"sheet,omitempty"` // the sheet of a workbook's row
	Line    int        `json:"line"`            // the row of a list; 0 for a whole file
	Funding Funding    `json:"funding"`
	// Exported is a list export's date and From where that was read (see ExportDateOf); zero
	// for a description.
	Exported Date     `json:"exported,omitzero"`
	From     DateFrom `json:"exported_from,omitempty"`
	// Row is what a list's row said of its project, kept so that two exports compare
	// (changes.go); nil for a description.
	Row    *RowValues `json:"-"`
	Period string     `json:"-"` // a list's programme period: exports of one period are a series
}

// Described reports whether p was read from a description (text, page or PDF), not only from
// project lists.
func (p *Project) Described() bool {
	for _, s := range p.Sources {
		if s.Kind != SourceList {
			return true
		}
	}
	return len(p.Sources) == 0 // a project made in code, not loaded
}

// Key tells projects apart across loads: the file, and for a project known only from a list
// the row too.
func (p *Project) Key() string {
	if len(p.Sources) > 0 && p.Sources[0].Kind == SourceList {
		return p.File + ":" + p.Sources[0].Sheet + ":" + strconv.Itoa(p.Sources[0].Line)
	}
	return p.File
}

// FundingFigure is one of the four funding figures with its key (as in Funding's JSON).
type FundingFigure struct {
	Key   string
	Value Int
}

// FundingFigures are the four funding figures in the order lists and descriptions give them.
func FundingFigures(f Funding) [4]FundingFigure {
	return [4]FundingFigure{
		{"granted_eu_state", f.GrantedEUState},
		{"realised_eu_state", f.RealisedEUState},
		{"planned_public_total", f.PlannedPublicTotal},
		{"realised_public_total", f.RealisedPublicTotal},
	}
}

// Disagrees reports whether s gives a funding figure that another of p's sources gives
// differently (both known).
func (p *Project) Disagrees(s Source) bool {
	mine := FundingFigures(s.Funding)
	for _, o := range p.Sources {
		if p.Superseded(s) || p.Superseded(o) {
			continue // an older export of the same list: history, not a disagreement
		}
		theirs := FundingFigures(o.Funding)
		for i := range mine {
			if mine[i].Value.Known && theirs[i].Value.Known && mine[i].Value.V != theirs[i].Value.V {
				return true
			}
		}
	}
	return false
}

// SourcesDisagree reports whether any two of p's sources give a funding figure differently.
func (p *Project) SourcesDisagree() bool {
	if len(p.Sources) < 2 {
		return false
	}
	for _, s := range p.Sources {
		if p.Disagrees(s) {
			return true
		}
	}
	return false
}

// FigureDiffers reports whether two of p's sources give the i-th funding figure (in
// FundingFigures' order) differently, both known.
func (p *Project) FigureDiffers(i int) bool {
	var first Int
	for _, s := range p.Sources {
		v := FundingFigures(s.Funding)[i].Value
		switch {
		case !v.Known, p.Superseded(s): // an older export's figure is history (series.go)
		case !first.Known:
			first = v
		case v.V != first.V:
			return true
		}
	}
	return false
}

// LimitWarnings keeps at most MaxWarnings of a file's warnings, and one last warning that
// says how many more there are (counting those an earlier limit left out).
func LimitWarnings(file string, ws []Problem) []Problem {
	more, kept := 0, ws[:0:0]
	for _, w := range ws {
		if w.Code == "more" && w.Line == 0 && len(w.Args) == 2 {
			n, _ := strconv.Atoi(w.Args[1])
			more += n
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) > MaxWarnings {
		more += len(kept) - MaxWarnings
		kept = kept[:MaxWarnings]
	}
	if more > 0 {
		kept = append(kept, NewProblem(file, 0, "more", "Count", strconv.Itoa(more)))
	}
	return kept
}
