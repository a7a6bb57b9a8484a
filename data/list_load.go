package data

import (
	"bytes"
	"strconv"
)

// How the loader takes in list exports: recognising them, accounting for them, and making one
// project of every code that several sources give.

// readList reads b as a project list when it is one (a CSV whose first line is a list header,
// or a workbook with a list sheet); ok=false leaves the file to the description parser.
func readList(file string, b []byte, budget *rowBudget) (lf *listFile, ok bool) {
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		lf, err := readListXLSX(file, b, budget)
		return lf, err == nil
	}
	if h, sep, ok := csvListHeader(b); ok {
		return readListCSV(file, b, h, sep, budget), true
	}
	return nil, false
}

// listResult accounts for a list file: loaded with its projects, or skipped when no row
// gave one.
func listResult(file string, lf *listFile) FileResult {
	fr := FileResult{
		Path: file, Status: Loaded, Listed: lf.projects, Problems: lf.problems,
		Rows: lf.rows, RowsRead: len(lf.projects), listKinds: lf.kinds,
		Exported: ExportDate{Date: lf.footer, From: DateFooter},
	}
	switch {
	case lf.skip.Code != "":
		return FileResult{Path: file, Status: Skipped, Reason: lf.skip}
	case lf.rows == 0:
		return FileResult{Path: file, Status: Skipped, Reason: problem(file, 0, "list_empty"), Problems: lf.problems}
	case len(lf.projects) == 0:
		fr.Status, fr.Listed = Skipped, nil
		fr.Reason = problem(file, 0, "list_no_rows", "Count", strconv.Itoa(lf.rows))
		return fr
	case len(lf.problems) > 0:
		fr.Status = LoadedWithWarnings
	}
	return fr
}

// mergeSources makes one project of each code that a description and lists (or several lists,
// or a description's text, page and PDF) give (see merge), and returns the projects left in
// path order. The files' results follow: a list's Listed, and a description's Project, name
// the project each became part of, and a file whose project got warnings about its sources
// shows them.
func mergeSources(res *LoadResult, all []*Project) []*Project {
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
			f.Status = LoadedWithWarnings
		case f.Listed != nil:
			for _, p := range f.Listed {
				if p.File == f.Path && len(added[p]) > 0 {
					f.Problems = append(f.Problems, added[p]...)
					added[p] = nil // a row listed twice in its file warns once
					f.Status = LoadedWithWarnings
				}
			}
			f.Problems = limitWarnings(f.Path, f.Problems) // maxWarnings, the merge's too
		}
	}
	return kept
}
