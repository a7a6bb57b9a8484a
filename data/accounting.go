package data

import (
	"slices"
	"strings"
)

// How serious a problem is, for the lists of problems: a row of a list not read (a project
// missing) first, then a figure or a date read as unknown, kept with a flag or given
// differently by two sources, then everything else.
const (
	SeverityNote    = 1
	SeverityFigure  = 2
	SeverityNotRead = 3
)

// Severity ranks the problem (see SeverityNote).
func (p Problem) Severity() int {
	c := p.Code
	switch {
	case strings.HasPrefix(c, "list_row_"), c == "list_sheet_unreadable", c == "list_too_many_rows", c == "load_too_many_rows":
		return SeverityNotRead
	case strings.HasPrefix(c, "figure_"), strings.HasPrefix(c, "date_"), strings.HasPrefix(c, "disagree_"),
		strings.HasPrefix(c, "period_"), c == "number_unreadable", c == "formula_no_value":
		return SeverityFigure
	}
	return SeverityNote
}

// ProblemKind is how many problems of one code a file has.
type ProblemKind struct {
	Example  Problem // the first of them, for its wording
	Count    int
	Severity int
}

// Kinds counts the file's problems by code, the most serious first, then the most frequent. A
// list's count all its problems, also those past the 100 that Problems keeps.
func (f FileResult) Kinds() []ProblemKind {
	byCode := map[string]*ProblemKind{}
	var kinds []*ProblemKind
	for _, p := range f.Problems {
		if p.Code == "more" {
			continue
		}
		k := byCode[p.Code]
		if k == nil {
			k = &ProblemKind{Example: p, Severity: p.Severity()}
			byCode[p.Code] = k
			kinds = append(kinds, k)
		}
		k.Count++
	}
	for code, n := range f.ListKinds { // the list's own count: it includes the problems not kept
		k := byCode[code]
		if k == nil { // every one of them past the 100 kept
			ex := NewProblem(f.Path, 0, code)
			k = &ProblemKind{Example: ex, Severity: ex.Severity()}
			byCode[code] = k
			kinds = append(kinds, k)
		}
		k.Count = max(k.Count, n)
	}
	slices.SortStableFunc(kinds, func(a, b *ProblemKind) int {
		if a.Severity != b.Severity {
			return b.Severity - a.Severity
		}
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Example.Code, b.Example.Code)
	})
	out := make([]ProblemKind, len(kinds))
	for i, k := range kinds {
		out[i] = *k
	}
	return out
}

// RowsNotRead is how many rows of a project list were not read.
func (f FileResult) RowsNotRead() int { return f.Rows - f.RowsRead }

// SortedProblems are the file's problems, the most serious first, each kind in line order; the
// count of those not kept stays last.
func (f FileResult) SortedProblems() []Problem {
	ps := slices.Clone(f.Problems)
	rank := func(p Problem) int {
		if p.Code == "more" {
			return 0
		}
		return p.Severity()
	}
	slices.SortStableFunc(ps, func(a, b Problem) int { return rank(b) - rank(a) })
	return ps
}
