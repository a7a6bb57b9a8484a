package data

import (
	"strconv"
	"strings"

	"vertailu/assets/words"
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
	// Exported is a list export's date and From where that was read (see dateExport); zero
	// for a description.
	Exported Date     `json:"exported,omitzero"`
	From     DateFrom `json:"exported_from,omitempty"`
	// Row is what a list's row said of its project, kept so that two exports compare
	// (changes.go); nil for a description.
	Row    *RowValues `json:"-"`
	period string     // a list's programme period: exports of one period are a series
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

// merge folds the projects that share a code into one: the first description's fields first
// (in path order), every source kept, and a warning for every funding figure another source
// gives otherwise, and for names that differ. The sources folded are project lists' rows, and descriptions of another
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
		newestFirst(group) // exports of one list: the newest's fields (series.go)
		base := group[0]
		for _, p := range group {
			if p.Described() {
				base = p
				break
			}
		}
		kinds := map[SourceKind]bool{base.Sources[0].Kind: true}
		names := sourceNames(nil, base) // each source's own name, before base takes others'
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
			names = sourceNames(names, p)
			base.absorb(p)
			into[p] = base
		}
		if w := base.sourcesDiffer(names); len(w) > 0 {
			base.Warnings = limitWarnings(base.File, append(base.Warnings, w...))
			added[base] = w
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

// absorb takes o's sources into p and fills what p does not know from o.
func (p *Project) absorb(o *Project) {
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
	for i, t := range FundingFigures(o.Funding) {
		if !mine[i].Known {
			*mine[i] = t.Value
		}
	}
	p.Sources = append(p.Sources, o.Sources...)
	p.Derived = Derive(p)
}

// sourceNames appends the name o gives once for each of its sources.
func sourceNames(names []string, o *Project) []string {
	for range o.Sources {
		names = append(names, o.Name)
	}
	return names
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

// sourcesDiffer warns, once for each funding figure that two of p's sources give differently
// and once when they name the project differently (names[i] is what p.Sources[i] calls it),
// naming every source with what it gives: the one the warning is on as "here", and unknown
// where a source gives nothing.
func (p *Project) sourcesDiffer(names []string) []Problem {
	var warned []Problem
	here := p.Sources[0]
	item := func(s Source, code, value string) Problem {
		if s.File == here.File && s.Sheet == here.Sheet && s.Line == here.Line {
			code += "_here" // the file (or row) the warning is on
		}
		it := problem(s.File, s.Line, code)
		if value != "" {
			it.Args = append(it.Args, "Value", value)
		}
		if s.Sheet != "" {
			it.Args = append(it.Args, "Sheet", s.Sheet)
		}
		return it
	}
	for i, fig := range FundingFigures(p.Funding) {
		if !p.FigureDiffers(i) {
			continue
		}
		w := problem(p.File, here.Line, "disagree_"+fig.Key)
		for _, s := range p.Sources {
			v := FundingFigures(s.Funding)[i].Value
			if v.Known {
				it := item(s, "source_figure", "")
				it.Args = append(it.Args, "Euros", strconv.FormatInt(v.V, 10)) // worded in the reader's format
				w.Sources = append(w.Sources, it)
			} else {
				w.Sources = append(w.Sources, item(s, "source_figure_unknown", ""))
			}
		}
		warned = append(warned, w)
	}
	seen := map[string]bool{}
	for i, n := range names {
		if p.Superseded(p.Sources[i]) {
			continue
		}
		if n := strings.ToLower(strings.Join(strings.Fields(n), " ")); n != "" {
			seen[n] = true
		}
	}
	if len(seen) > 1 {
		w := problem(p.File, here.Line, "names_differ")
		for i, s := range p.Sources {
			n := strings.Join(strings.Fields(names[i]), " ")
			if n != "" {
				w.Sources = append(w.Sources, item(s, "source_name", n))
			} else {
				w.Sources = append(w.Sources, item(s, "source_name_none", ""))
			}
		}
		warned = append(warned, w)
	}
	return warned
}

// sourcesText words the sources of a warning that sources differ, in lang, ", " between them:
// "unknown here, 100 000 € in a.html, 200 000 € in lista.csv (line 2)".
func sourcesText(items []Problem, lang string) string {
	parts := make([]string, len(items))
	for i, it := range items {
		where, sheet := it.File, ""
		for j := 0; j+1 < len(it.Args); j += 2 {
			if it.Args[j] == "Sheet" {
				sheet = it.Args[j+1]
			}
		}
		if sheet != "" {
			where += " · " + sheet
		}
		if it.Line > 0 {
			where += " (" + words.Of(lang).T("line {{.Line}}", "Line", strconv.Itoa(it.Line)) + ")"
		}
		args := []any{"Source", where}
		for j, a := range it.Args {
			if j%2 == 1 {
				a = argText(it.Args[j-1], a, lang)
			}
			args = append(args, a)
		}
		parts[i] = words.Of(lang).T("problem."+it.Code, args...)
	}
	return strings.Join(parts, ", ")
}

// limitWarnings keeps at most maxWarnings of a file's warnings, and one last warning that
// says how many more there are (counting those an earlier limit left out).
func limitWarnings(file string, ws []Problem) []Problem {
	more, kept := 0, ws[:0:0]
	for _, w := range ws {
		if w.Code == "more" && w.Line == 0 && len(w.Args) == 2 {
			n, _ := strconv.Atoi(w.Args[1])
			more += n
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) > maxWarnings {
		more += len(kept) - maxWarnings
		kept = kept[:maxWarnings]
	}
	if more > 0 {
		kept = append(kept, problem(file, 0, "more", "Count", strconv.Itoa(more)))
	}
	return kept
}
