package list

import (
	"bytes"
	"strconv"

	"vertailu/data"
)

// Read reads b, the bytes of file, as a project list when it is one: a CSV (or tab-separated
// text) whose first line is a list header, or a workbook with a list sheet. Its result
// accounts for the file: loaded with its projects (Listed, in row order), with warnings, or
// skipped with the reason; every row is read or a problem naming its line. ok=false says the
// file is not a list, and leaves it to the other readers. budget bounds the rows of the whole
// load; nil is unbounded.
func Read(file string, b []byte, budget *Budget) (fr data.FileResult, ok bool) {
	lf, ok := read(file, b, budget)
	if !ok {
		return data.FileResult{}, false
	}
	return result(file, lf), true
}

// read reads b as a project list when it is one (a CSV whose first line is a list header,
// or a workbook with a list sheet); ok=false leaves the file to the description parser.
func read(file string, b []byte, budget *Budget) (lf *listFile, ok bool) {
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		lf, err := readListXLSX(file, b, budget)
		return lf, err == nil
	}
	if h, sep, ok := csvListHeader(b); ok {
		return readListCSV(file, b, h, sep, budget), true
	}
	return nil, false
}

// result accounts for a list file: loaded with its projects, or skipped when no row
// gave one.
func result(file string, lf *listFile) data.FileResult {
	fr := data.FileResult{
		Path: file, Status: data.Loaded, Listed: lf.projects, Problems: lf.problems,
		Rows: lf.rows, RowsRead: len(lf.projects), ListKinds: lf.kinds,
		Exported: data.ExportDate{Date: lf.footer, From: data.DateFooter},
	}
	switch {
	case lf.skip.Code != "":
		return data.FileResult{Path: file, Status: data.Skipped, Reason: lf.skip}
	case lf.rows == 0:
		return data.FileResult{Path: file, Status: data.Skipped, Reason: data.NewProblem(file, 0, "list_empty"), Problems: lf.problems}
	case len(lf.projects) == 0:
		fr.Status, fr.Listed = data.Skipped, nil
		fr.Reason = data.NewProblem(file, 0, "list_no_rows", "Count", strconv.Itoa(lf.rows))
		return fr
	case len(lf.problems) > 0:
		fr.Status = data.LoadedWithWarnings
	}
	return fr
}
