package load

import (
	"strconv"
	"strings"

	"vertailu/data"
)

// Making one project of every code that several sources give: a description and the rows of
// lists, several lists, or a description's text, saved page and printed PDF.

// mergeSources makes one project of each code that a description and lists (or several lists,
// or a description's text, page and PDF) give (see merge), and returns the projects left in
// path order. The files' results follow: a list's Listed, and a description's Project, name
// the project each became part of, and a file whose project got warnings about its sources
// shows them.
func mergeSources(res *data.LoadResult, all []*data.Project) []*data.Project {
	kept, into, added := merge(all)
	if len(into) == 0 {
		return kept
	}
	for i := range res.Files {
		f := &res.Files[i]
		if q := into[f.Project]; f.Project != nil && q != nil {
			f.Project = q // the same description as another file: its warnings stay its own
			continue
		}
		for j, p := range f.Listed {
			if q := into[p]; q != nil {
				f.Listed[j] = q
			}
		}
		switch {
		case f.Project != nil && len(added[f.Project]) > 0:
			f.Problems = f.Project.Warnings
			f.Status = data.LoadedWithWarnings
		case f.Listed != nil:
			for _, p := range f.Listed {
				if p.File == f.Path && len(added[p]) > 0 {
					f.Problems = append(f.Problems, added[p]...)
					added[p] = nil // a row listed twice in its file warns once
					f.Status = data.LoadedWithWarnings
				}
			}
			f.Problems = data.LimitWarnings(f.Path, f.Problems) // data.MaxWarnings, the merge's too
		}
	}
	return kept
}

// merge folds the projects that share a code into one: the first description's fields first
// (in path order), every source kept, and a warning for every funding figure another source
// gives otherwise, and for names that differ. The sources folded are project lists' rows, and descriptions of another
// kind than those folded already (the text, its saved page, its printed PDF); two
// descriptions of one kind with one code stay two projects (a duplicate the load warns of),
// as do projects with a code of their own. It returns the projects left and, for
// each project merged away, the one it became part of.
func merge(ps []*data.Project) (kept []*data.Project, into map[*data.Project]*data.Project, added map[*data.Project][]data.Problem) {
	byCode := map[string][]*data.Project{}
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
	into = map[*data.Project]*data.Project{}
	added = map[*data.Project][]data.Problem{}
	for _, k := range order {
		group := byCode[k]
		if len(group) < 2 {
			continue
		}
		data.NewestFirst(group) // exports of one list: the newest's fields (series.go)
		base := group[0]
		for _, p := range group {
			if p.Described() {
				base = p
				break
			}
		}
		kinds := map[data.SourceKind]bool{base.Sources[0].Kind: true}
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
			absorb(base, p)
			into[p] = base
		}
		if w := sourcesDiffer(base, names); len(w) > 0 {
			base.Warnings = data.LimitWarnings(base.File, append(base.Warnings, w...))
			added[base] = w
		}
	}
	if len(into) == 0 {
		return ps, into, added
	}
	kept = make([]*data.Project, 0, len(ps)-len(into))
	for _, p := range ps {
		if into[p] == nil {
			kept = append(kept, p)
		}
	}
	return kept, into, added
}

// absorb takes o's sources into p and fills what p does not know from o.
func absorb(p, o *data.Project) {
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
	mine := []*data.Int{&p.Funding.GrantedEUState, &p.Funding.RealisedEUState, &p.Funding.PlannedPublicTotal, &p.Funding.RealisedPublicTotal}
	for i, t := range data.FundingFigures(o.Funding) {
		if !mine[i].Known {
			*mine[i] = t.Value
		}
	}
	p.Sources = append(p.Sources, o.Sources...)
	p.Derived = data.Derive(p)
}

// sourceNames appends the name o gives once for each of its sources.
func sourceNames(names []string, o *data.Project) []string {
	for range o.Sources {
		names = append(names, o.Name)
	}
	return names
}

// sourcesDiffer warns, once for each funding figure that two of p's sources give differently
// and once when they name the project differently (names[i] is what p.Sources[i] calls it),
// naming every source with what it gives: the one the warning is on as "here", and unknown
// where a source gives nothing.
func sourcesDiffer(p *data.Project, names []string) []data.Problem {
	var warned []data.Problem
	here := p.Sources[0]
	item := func(s data.Source, code, value string) data.Problem {
		if s.File == here.File && s.Sheet == here.Sheet && s.Line == here.Line {
			code += "_here" // the file (or row) the warning is on
		}
		it := data.NewProblem(s.File, s.Line, code)
		if value != "" {
			it.Args = append(it.Args, "Value", value)
		}
		if s.Sheet != "" {
			it.Args = append(it.Args, "Sheet", s.Sheet)
		}
		return it
	}
	for i, fig := range data.FundingFigures(p.Funding) {
		if !p.FigureDiffers(i) {
			continue
		}
		w := data.NewProblem(p.File, here.Line, "disagree_"+fig.Key)
		for _, s := range p.Sources {
			v := data.FundingFigures(s.Funding)[i].Value
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
		w := data.NewProblem(p.File, here.Line, "names_differ")
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
