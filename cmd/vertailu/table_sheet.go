package main

import (
	"errors"
	"io"

	"vertailu/data"
)

// spreadsheetCSV and spreadsheetXLSX are replaced by the export package's writers.
func spreadsheetCSV(lang string) func(io.Writer, []*data.Project) error {
	return func(io.Writer, []*data.Project) error { return errors.New("spreadsheet CSV not available yet") }
}

func spreadsheetXLSX(lang string) func(io.Writer, []*data.Project) error {
	return func(io.Writer, []*data.Project) error { return errors.New("XLSX not available yet") }
}
