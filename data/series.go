package data

import (
	"slices"
	"strings"
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

// RowValuesOf takes a list row's project's values.
func RowValuesOf(p *Project) *RowValues {
	return &RowValues{
		Name: p.Name, Fund: p.Fund, Axis: p.PriorityAxis, Programme: p.ProgrammePart,
		Authority: p.Authority, Status: p.Status, Implementer: p.Applicant.Name,
		Start: p.Start, End: p.End,
	}
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

// NewestFirst orders the list rows of a group of projects that share a code newest export
// first, leaving the descriptions where they are: the merge then takes the newest export's
// fields where no description gives them.
func NewestFirst(group []*Project) {
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
		if o.Kind == SourceList && o.File != s.File && o.Period == s.Period && newerExport(o, s) < 0 {
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
