package words

import (
	"strconv"
	"strings"

	"vertailu/data"
)

// The domain speaks in codes (a problem's code and arguments, a figure, a column's key, a
// status as the service writes it); these word them for a reader of l. Every screen, PDF and
// command words the domain through them.

// Problem words p in l, without its file and line.
func (l Lang) Problem(p data.Problem) string {
	args := make([]any, len(p.Args))
	count := -1
	for i, a := range p.Args {
		args[i] = a
		if i%2 == 1 && p.Args[i-1] == "Count" {
			count, _ = strconv.Atoi(a)
		}
		if i%2 == 1 {
			args[i] = l.arg(p.Args[i-1], a)
		}
	}
	if len(p.Sources) > 0 {
		args = append(args, "Sources", l.sources(p.Sources))
	}
	if count >= 0 { // a message with plural forms
		return l.N("problem."+p.Code, count, args...)
	}
	return l.T("problem."+p.Code, args...)
}

// arg is the value of the argument name as a reader of l reads it: "Euros" are whole euros
// given as digits ("1 234 €" / "1,234 €"), others are as they are.
func (l Lang) arg(name, value string) string {
	if name == "Euros" {
		if v, err := strconv.ParseInt(value, 10, 64); err == nil {
			return data.FormatEuro(data.KnownInt(v), string(l))
		}
	}
	return value
}

// sources words the sources of a warning that sources differ, ", " between them: "unknown
// here, 100 000 € in a.html, 200 000 € in lista.csv (line 2)".
func (l Lang) sources(items []data.Problem) string {
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
			where += " (" + l.T("line {{.Line}}", "Line", strconv.Itoa(it.Line)) + ")"
		}
		args := []any{"Source", where}
		for j, a := range it.Args {
			if j%2 == 1 {
				a = l.arg(it.Args[j-1], a)
			}
			args = append(args, a)
		}
		parts[i] = l.T("problem."+it.Code, args...)
	}
	return strings.Join(parts, ", ")
}

// Place words where in its file p is: "line 12", "sheet Uusimaa, line 12", or "" for the
// whole file.
func (l Lang) Place(p data.Problem) string {
	switch {
	case p.Line == 0:
		return ""
	case p.Sheet != "":
		return l.T("sheet {{.Sheet}}, line {{.Line}}", "Sheet", p.Sheet, "Line", strconv.Itoa(p.Line))
	}
	return l.T("line {{.Line}}", "Line", strconv.Itoa(p.Line))
}

// figureNames are the catalogue ids naming each figure without its unit.
var figureNames = [4]string{"Granted EU+state", "Realised EU+state", "Planned public total", "Realised public total"}

// Figure names f without its unit ("Granted EU+state").
func (l Lang) Figure(f data.Figure) string { return l.T(figureNames[f]) }

// Column is the column's title (the catalogue's "column." + its key).
func (l Lang) Column(c data.Column) string { return l.T("column." + c.Key) }

// Dimension is the sustainability dimension's name ("fi": the heading as in the document).
func (l Lang) Dimension(d data.Dimension) string { return l.T("dimension." + d.Key()) }

// DimensionShort is a one-word name of the dimension.
func (l Lang) DimensionShort(d data.Dimension) string {
	return l.T("dimension." + d.Key() + ".short")
}

// Criterion is the criterion's name ("fi": as in the document).
func (l Lang) Criterion(c data.CriterionInfo) string { return l.T("criterion." + c.Key) }

// CriterionShort is the criterion's short label for chart axes.
func (l Lang) CriterionShort(c data.CriterionInfo) string {
	return l.T("criterion." + c.Key + ".short")
}

// statusKeys are the status values the service writes, folded, and their catalogue keys.
var statusKeys = map[string]string{
	"toiminta päättynyt": "status.ended",
	"toiminnassa":        "status.running",
	"keskeytynyt":        "status.interrupted",
}

// Status words a project's status: a known value through the catalogue, any other as
// written. In Finnish a known value also stays as written.
func (l Lang) Status(s string) string {
	if l == FI {
		return s
	}
	if key, ok := statusKeys[strings.ToLower(strings.TrimSpace(s))]; ok {
		return l.T(key)
	}
	return s
}

// Value is a field's value as a person reads it: a status in the language, the national area
// said so, anything else as it is.
func (l Lang) Value(f data.Field, v string) string {
	switch {
	case f == data.FieldStatus:
		return l.Status(v)
	case f == data.FieldAuthorityArea && v == data.NationalArea:
		return l.T("area.national")
	}
	return v
}

// PeriodsNote says what a figure means across periods when ps mix 2021–2027 projects with
// older ones; "" when they do not mix.
func (l Lang) PeriodsNote(ps []*data.Project) string {
	if !data.MixesPeriods(ps) {
		return ""
	}
	return l.T("These projects are of several programme periods: for 2021–2027 the granted EU+state is the funding decision’s planned EU and state funding (Suunniteltu EU- ja valtion rahoitus), beside the older periods’ granted (Myönnetty).")
}

// Sum writes the sum of f in euros and, when it left projects out, how many: "1 254 788 € (63
// unknown)".
func (l Lang) Sum(s data.Sums, f data.Figure) string {
	text := data.FormatEuro(s.Sum(f), string(l))
	if n := s.Unknown[f]; n > 0 {
		text += " (" + l.N("{{.Count}} unknown", n) + ")"
	}
	return text
}

// UnknownNote says which sums leave out projects whose figure is unknown, and how many: "The
// sums leave out unknown values: Realised EU+state 2 unknown, …"; "" when none do.
func (l Lang) UnknownNote(s data.Sums) string {
	var parts []string
	for _, f := range data.Figures {
		if n := s.Unknown[f]; n > 0 {
			parts = append(parts, l.Figure(f)+" "+l.N("{{.Count}} unknown", n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return l.T("The sums leave out unknown values: {{.List}}", "List", strings.Join(parts, ", "))
}

// RowsLine says how many of a project list's rows were read: "2 881 of 2 881 rows read", or
// "2 871 of 2 881 rows read; 10 not read". Empty for a file that is no list.
func (l Lang) RowsLine(f data.FileResult) string {
	if f.Rows == 0 {
		return ""
	}
	lang := string(l)
	if n := f.RowsNotRead(); n > 0 {
		return l.N("list.rows_not_read", n, "Read", data.FormatCount(f.RowsRead, lang), "Rows", data.FormatCount(f.Rows, lang))
	}
	return l.N("list.rows_read", f.Rows, "Read", data.FormatCount(f.RowsRead, lang))
}

// KindLine words a kind of problem with its count: "10 × rows with too few fields: not read".
func (l Lang) KindLine(k data.ProblemKind) string {
	what := "kind." + k.Example.Code
	if Has(what) {
		what = l.T(what)
	} else {
		what = l.Problem(k.Example)
	}
	return l.T("{{.Count}} × {{.What}}", "Count", data.FormatCount(k.Count, string(l)), "What", what)
}

// Cell is column c's value of p as a reader of l reads it: as c.Text gives it, with a known
// status worded in the language too.
func (l Lang) Cell(c data.Column, p *data.Project) string {
	if c.Key == "status" {
		return l.Status(p.Status)
	}
	return c.Text(p, string(l))
}

// ColumnKey is the title of the column (or changed field) of key, as the table shows it.
func (l Lang) ColumnKey(key string) string { return l.T("column." + key) }

// ChangeKind words the kind of a project's change: added, removed, or the move of its status
// (started, ended, interrupted), else changed.
func (l Lang) ChangeKind(pc data.ProjectChange) string {
	switch {
	case pc.Kind == data.Added:
		return l.T("changes.kind.added")
	case pc.Kind == data.Removed:
		return l.T("changes.kind.removed")
	case pc.Status() == data.Started:
		return l.T("changes.kind.started")
	case pc.Status() == data.Ended:
		return l.T("changes.kind.ended")
	case pc.Status() == data.Interrupted:
		return l.T("changes.kind.interrupted")
	}
	return l.T("changes.kind.changed")
}

// Aspect words an aspect of the changes (added, removed, status, funding…).
func (l Lang) Aspect(a data.Aspect) string { return l.T("changes.aspect." + data.AspectKeys[a]) }

// DateFrom words where an export's date came from; "" when it has none.
func (l Lang) DateFrom(from data.DateFrom) string {
	if from == "" {
		return ""
	}
	return l.T("date_from." + string(from))
}

// ChangeValue is a changed field's value as a reader of l reads it ("1 234 €" / "1,234 €",
// "1.4.2008" / "1 Apr 2008", a status worded in the language; Unknown for an unknown figure or
// date).
func (l Lang) ChangeValue(v data.Value, field string) string {
	lang := string(l)
	switch v.Kind {
	case data.KindEuro:
		if !v.Euros.Known {
			return data.Unknown(lang)
		}
		return data.FormatEuro(v.Euros, lang)
	case data.KindDate:
		return data.FormatDate(v.Date, lang)
	}
	if field == "status" {
		return l.Status(v.Text)
	}
	return v.Text
}
