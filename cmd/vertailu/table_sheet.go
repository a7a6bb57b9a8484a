package main

import (
	"io"

	"vertailu/data"
	"vertailu/export"
)

// spreadsheetCSV writes every column for Excel in Finnish locale: ';' separators and a
// byte-order mark.
func spreadsheetCSV(lang string, cols []data.Column) func(io.Writer, []*data.Project) error {
	return func(w io.Writer, ps []*data.Project) error {
		return export.WriteCSV(w, ps, cols, export.CSVOptions{Separator: ';', BOM: true, Lang: lang})
	}
}

// spreadsheetXLSX writes every column as typed cells with a header row and a filter.
func spreadsheetXLSX(lang string, cols []data.Column) func(io.Writer, []*data.Project) error {
	return func(w io.Writer, ps []*data.Project) error {
		return export.WriteXLSX(w, ps, cols, lang)
	}
}
