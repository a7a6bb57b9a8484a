package data

import (
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"
)

// Exports of one list downloaded again and again are a time series, not sources that
// disagree: a project takes the newest export's figures, the older exports' stay among its
// sources as its history, and no warning is raised between them. A description against a list
// is still a disagreement.

// RowValues is what one row of a list export says of its project beside its funding (which
// the Source keeps): what two exports are compared by.
type RowValues struct {
	Name, Fund, Axis, Programme, Authority, Status, Implementer string
	Start, End                                                  Date
}

// rowValuesOf takes a list row's project's values.
func rowValuesOf(p *Project) *RowValues {
	return &RowValues{
		Name: p.Name, Fund: p.Fund, Axis: p.PriorityAxis, Programme: p.ProgrammePart,
		Authority: p.Authority, Status: p.Status, Implementer: p.Applicant.Name,
		Start: p.Start, End: p.End,
	}
}

// dateFile gives a list file's result its export's date (the footer's it found, else its
// name's, else the file's modification time; set, an officer's correction, before them all)
// and stamps each row's source with that date, its period and its own values. Nothing is
// done for a description or a skipped file.
func dateFile(fr *FileResult, src source, set map[string]Date) {
	if len(fr.Listed) == 0 {
		fr.Exported = ExportDate{}
		return
	}
	fr.Exported = dateExport(src.rel, fr.Exported.Date, modTime(src), set[src.rel])
	for _, p := range fr.Listed {
		s := &p.Sources[0]
		s.Exported, s.From = fr.Exported.Date, fr.Exported.From
		s.period = p.Period
		s.Row = rowValuesOf(p)
	}
}

// modTime is when src was last modified; zero when unknown (an embedded file).
func modTime(src source) time.Time {
	var info fs.FileInfo
	var err error
	switch {
	case src.path != "":
		info, err = os.Stat(src.path)
	case src.open != nil:
		var f fs.File
		if f, err = src.open(); err == nil {
			info, err = f.Stat()
			f.Close()
		}
	default:
		return time.Time{}
	}
	if err != nil {
		return time.Time{}
	}
	return info.ModTime()
}

// newerExport reports whether list source a is of a newer export than b: a later date, or on
// the same (or an unknown) date the later file name; then the earlier row.
func newerExport(a, b Source) int {
	if c := a.Exported.Compare(b.Exported.Time); c != 0 {
		return -c
	}
	if c := strings.Compare(a.File, b.File); c != 0 {
		return -c
	}
	if c := strings.Compare(a.Sheet, b.Sheet); c != 0 {
		return c
	}
	return a.Line - b.Line
}

// newestFirst orders the list rows of a group of projects that share a code newest export
// first, leaving the descriptions where they are: the merge then takes the newest export's
// fields where no description gives them.
func newestFirst(group []*Project) {
	if len(group) == 2 { // the common case, without allocating
		a, b := group[0], group[1]
		if !a.Described() && !b.Described() && len(a.Sources) > 0 && len(b.Sources) > 0 && newerExport(b.Sources[0], a.Sources[0]) < 0 {
			group[0], group[1] = b, a
		}
		return
	}
	var at []int
	var rows []*Project
	for i, p := range group {
		if !p.Described() && len(p.Sources) > 0 {
			at = append(at, i)
			rows = append(rows, p)
		}
	}
	if len(rows) < 2 {
		return
	}
	slices.SortStableFunc(rows, func(a, b *Project) int { return newerExport(a.Sources[0], b.Sources[0]) })
	for k, i := range at {
		group[i] = rows[k]
	}
}

// Superseded reports whether s is a list row of an export that a newer export of the same
// period (another file) among p's sources follows: its figures are history, not p's own.
func (p *Project) Superseded(s Source) bool {
	if s.Kind != SourceList {
		return false
	}
	for _, o := range p.Sources {
		if o.Kind == SourceList && o.File != s.File && o.period == s.period && newerExport(o, s) < 0 {
			return true
		}
	}
	return false
}

// Series reports whether p's sources include two exports of one list (a time series).
func (p *Project) Series() bool {
	for _, s := range p.Sources {
		if p.Superseded(s) {
			return true
		}
	}
	return false
}

// History is p's list sources of the series its newest export belongs to, oldest first:
// the figures each export gave, in the order they were made.
func (p *Project) History() []Source {
	var h []Source
	for _, s := range p.Sources {
		if s.Kind == SourceList {
			h = append(h, s)
		}
	}
	slices.SortStableFunc(h, func(a, b Source) int { return -newerExport(a, b) })
	return h
}
