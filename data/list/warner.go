package list

import "vertailu/data"

// warner collects the warnings of the project one row of a list makes, naming its line.
type warner struct {
	file string
	n    int // the row's line
	proj *data.Project
}

// warnRow records problem code on the row's line; args are the catalogue message's placeholders
// and values in pairs. A row's warnings are few: no bound is needed.
func (w *warner) warnRow(code string, args ...string) {
	w.proj.Warnings = append(w.proj.Warnings, data.NewProblem(w.file, w.n, code, args...))
}

// date reads a date as descriptions write it (d.m.yyyy): unknown, with a warning, when it
// cannot be read or its year is out of range.
func (w *warner) date(s string) data.Date {
	d, code, args := data.ReadDate(s)
	if code != "" {
		w.warnRow(code, args...)
	}
	return d
}
