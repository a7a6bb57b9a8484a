package data

import (
	"strconv"
	"strings"
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

// merge folds the projects that share a code into one: the first description's fields first
// (in path order), every source kept, and a warning for every funding figure another source
// gives otherwise. The sources folded are project lists' rows, and descriptions of another
// kind than those folded already (the text, its saved page, its printed PDF); two
// descriptions of one kind with one code stay two projects (a duplicate the load warns of),
// as do projects with a code of their own. It returns the projects left and, for
// each project merged away, the one it became part of.
func merge(ps []*Project) (kept []*Project, into map[*Project]*Project, added map[*Project][]Problem) {
	byCode := map[string][]*Project{}
	var order []string
	for _, p := range ps {
		k := strings.ToUpper(strings.TrimSpace(p.Code))
		if k == "" {
			continue
		}
		if _, ok := byCode[k]; !ok {
			order = append(order, k)
		}
		byCode[k] = append(byCode[k], p)
	}
	into = map[*Project]*Project{}
	added = map[*Project][]Problem{}
	for _, k := range order {
		group := byCode[k]
		if len(group) < 2 {
			continue
		}
		base := group[0]
		for _, p := range group {
			if p.Described() {
				base = p
				break
			}
		}
		kinds := map[SourceKind]bool{base.Sources[0].Kind: true}
		for _, p := range group {
			if p == base {
				continue
			}
			if p.Described() {
				k := p.Sources[0].Kind
				if kinds[k] {
					continue // two descriptions of one kind: duplicates, which the load warns of
				}
				kinds[k] = true // the same description saved as a page, or printed
			}
			added[base] = append(added[base], base.absorb(p)...)
			into[p] = base
		}
	}
	if len(into) == 0 {
		return ps, into, added
	}
	kept = make([]*Project, 0, len(ps)-len(into))
	for _, p := range ps {
		if into[p] == nil {
			kept = append(kept, p)
		}
	}
	return kept, into, added
}

// absorb takes o's sources into p, fills what p does not know from o and warns where o's
// funding figures differ from p's; it returns those warnings.
func (p *Project) absorb(o *Project) []Problem {
	fillString := func(dst *string, v string) {
		if strings.TrimSpace(*dst) == "" {
			*dst = v
		}
	}
	fillString(&p.Name, o.Name)
	fillString(&p.Fund, o.Fund)
	fillString(&p.PriorityAxis, o.PriorityAxis)
	fillString(&p.Authority, o.Authority)
	fillString(&p.Status, o.Status)
	fillString(&p.Applicant.Name, o.Applicant.Name)
	if !p.Start.Known() {
		p.Start = o.Start
	}
	if !p.End.Known() {
		p.End = o.End
	}
	mine := []*Int{&p.Funding.GrantedEUState, &p.Funding.RealisedEUState, &p.Funding.PlannedPublicTotal, &p.Funding.RealisedPublicTotal}
	theirs := FundingFigures(o.Funding)
	var warned []Problem
	for i, m := range mine {
		t := theirs[i].Value
		switch {
		case !t.Known:
		case !m.Known:
			*m = t
		case m.V != t.V:
			src := o.Sources[0]
			w := problem(p.File, p.Sources[0].Line, "disagree_"+theirs[i].Key,
				"Value", FormatEuro(*m), "Other", FormatEuro(t), "Source", src.File, "Line", strconv.Itoa(src.Line))
			if src.Line == 0 { // a description: the whole file
				w = problem(p.File, p.Sources[0].Line, "disagree_file_"+theirs[i].Key,
					"Value", FormatEuro(*m), "Other", FormatEuro(t), "Source", src.File)
			}
			p.Warnings = append(p.Warnings, w)
			warned = append(warned, w)
		}
	}
	p.Sources = append(p.Sources, o.Sources...)
	p.Derived = Derive(p)
	return warned
}
