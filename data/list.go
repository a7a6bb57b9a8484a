package data

import (
	"bytes"
	"encoding/csv"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// The information service's project list exports ("projektilista"): a header, then one
// project per row with its code, fund, name, axis, authority, status, dates, implementer and
// the four funding figures. They come as CSV (nothing quoted, commas inside the values: see
// splitListRow) or as XLSX (list_xlsx.go). Every row becomes a project whose source is the
// file and the row's line.

// listColumn is one column a list export can have.
type listColumn int

const (
	colCode listColumn = iota
	colFund
	colName
	colProgramme
	colAxis
	colAuthority
	colStatus
	colStart
	colEnd
	colImplementer
	colGranted
	colRealised
	colPlanned
	colRealisedPublic
	listColumns
)

// listHeadings are the headings lists give their columns, folded (see foldHeading).
var listHeadings = map[string]listColumn{
	"koodi":                              colCode,
	"hankekoodi":                         colCode,
	"projektikoodi":                      colCode,
	"rahasto":                            colFund,
	"hankkeen nimi":                      colName,
	"projektin nimi":                     colName,
	"ohjelma / osio":                     colProgramme,
	"ohjelma/osio":                       colProgramme,
	"tl":                                 colAxis,
	"toimintalinja":                      colAxis,
	"viranomainen":                       colAuthority,
	"tila":                               colStatus,
	"toiminnan tila":                     colStatus,
	"aloituspvm":                         colStart,
	"päättymispvm":                       colEnd,
	"toteuttajan nimi":                   colImplementer,
	"myönnetty eu- ja valtion rahoitus":  colGranted,
	"toteutunut eu- ja valtion rahoitus": colRealised,
	"suunniteltu julkinen rahoitus yhteensä":  colPlanned,
	"toteutunut julkinen rahoitus yhteensä":   colRealisedPublic,
	"suunniteltu julkinen rahoitus yhteensa":  colPlanned,
	"toteutunut julkinen rahoitus yhteensa":   colRealisedPublic,
	"myonnetty eu- ja valtion rahoitus":       colGranted,
	"paattymispvm":                            colEnd,
	"hankkeen toteuttaja":                     colImplementer,
	"toteuttaja":                              colImplementer,
	"suunniteltu julkinen rahoitus, yhteensä": colPlanned,
}

// standardOrders are the two periods' headers as the service writes them: only a list in one
// of them can have its unquoted commas recovered.
var standardOrders = map[listPeriod][]listColumn{
	period2014: {colCode, colFund, colName, colAxis, colAuthority, colStatus, colStart, colEnd, colImplementer, colGranted, colRealised, colPlanned, colRealisedPublic},
	period2007: {colCode, colFund, colName, colProgramme, colAxis, colAuthority, colStatus, colStart, colEnd, colImplementer, colGranted, colRealised, colPlanned, colRealisedPublic},
}

// listHeader is a recognised header: where each column is (-1: absent), how many cells it
// has and, when it is one of the standard orders, which.
type listHeader struct {
	at       [listColumns]int
	cells    int
	period   listPeriod
	standard bool
}

// foldHeading lower-cases a heading and drops quotes, a byte-order mark and extra spaces.
func foldHeading(s string) string {
	s = strings.Trim(strings.TrimPrefix(s, "\ufeff"), " \t\"'")
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// readListHeader recognises a list's header row: a code, a name and at least two funding
// figures, each heading known.
func readListHeader(cells []string) (listHeader, bool) {
	var h listHeader
	for i := range h.at {
		h.at[i] = -1
	}
	h.cells = len(cells)
	order := make([]listColumn, 0, len(cells))
	for i, c := range cells {
		col, ok := listHeadings[foldHeading(c)]
		if !ok || h.at[col] >= 0 {
			continue // an unknown or repeated column: kept as a cell, not read
		}
		h.at[col] = i
		order = append(order, col)
	}
	money := 0
	for _, c := range []listColumn{colGranted, colRealised, colPlanned, colRealisedPublic} {
		if h.at[c] >= 0 {
			money++
		}
	}
	if h.at[colCode] < 0 || h.at[colName] < 0 || money < 2 {
		return h, false
	}
	if h.at[colProgramme] >= 0 {
		h.period = period2007
	}
	h.standard = len(order) == len(cells) && equalColumns(order, standardOrders[h.period])
	return h, true
}

func equalColumns(a, b []listColumn) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// listSeparators are the separators a CSV list may use: the service's comma, and the
// semicolon and tab of a list saved again from a spreadsheet.
var listSeparators = []rune{',', ';', '\t'}

// csvListHeader recognises a CSV list by its first line (of at most 4 KB), before anything is
// decoded: a description or any other file is not a list, and is left to the parser.
func csvListHeader(b []byte) (listHeader, rune, bool) {
	head := b[:min(len(b), 4096)]
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	end := bytes.IndexAny(head, "\r\n") // a lone CR ends a line too, as decode reads it
	if end < 0 {
		if len(head) < len(b) {
			return listHeader{}, 0, false
		}
		end = len(head)
	}
	first := string(head[:end])
	if !containsFold(first, "koodi") {
		return listHeader{}, 0, false
	}
	if d, ok := decode([]byte(first)); ok {
		first = d.text
	}
	for _, sep := range listSeparators {
		if h, ok := readListHeader(strings.Split(first, string(sep))); ok {
			return h, sep, true
		}
	}
	return listHeader{}, 0, false
}

// listFile is what one list export gave: its projects, in row order, and its problems (rows
// that could not be read, and the warnings of the projects, at most maxWarnings).
type listFile struct {
	projects []*Project
	problems []Problem
	dropped  int
	skip     Problem // why a file with a list's header cannot be read as one (binary after it)
}

func (lf *listFile) warn(pr Problem) {
	if len(lf.problems) >= maxWarnings {
		lf.dropped++
		return
	}
	lf.problems = append(lf.problems, pr)
}

// finish adds the projects' warnings to the file's and the count of those left out.
func (lf *listFile) finish(file string) {
	for _, p := range lf.projects {
		for _, w := range p.Warnings {
			lf.warn(w)
		}
	}
	if lf.dropped > 0 {
		lf.problems = append(lf.problems, problem(file, 0, "more", "Count", strconv.Itoa(lf.dropped)))
	}
}

// readListCSV reads a CSV list whose header h (with separator sep) is its first line.
func readListCSV(file string, b []byte, h listHeader, sep rune) *listFile {
	lf := &listFile{}
	d, ok := decode(b)
	if !ok {
		lf.skip = problem(file, 0, "binary")
		return lf
	}
	// The service writes its lists in ISO-8859-1 or Windows-1252: that is no problem to warn of.
	// Control characters are: decode has dropped them.
	if len(d.controls) > 0 {
		lf.warn(problem(file, d.controls[0], "control_chars", "Lines", lineList(d.controls)))
	}
	if strings.Contains(d.text, `"`) {
		readQuotedRows(file, d.text, h, sep, lf)
	} else {
		readPlainRows(file, d.text, h, sep, lf)
	}
	lf.finish(file)
	return lf
}

// readPlainRows reads rows that quote nothing, one per line, recovering unquoted commas when
// the header is a standard one.
func readPlainRows(file, text string, h listHeader, sep rune, lf *listFile) {
	n := 1
	rest := text
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[i+1:]
	} else {
		rest = ""
	}
	for rest != "" {
		n++
		row := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			row, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if strings.TrimSpace(strings.Trim(row, string(sep))) == "" {
			continue
		}
		cells := strings.Split(row, string(sep))
		lf.row(file, n, h, cells, sep == ',' && h.standard, row)
	}
}

// readQuotedRows reads a list saved with quotes (by a spreadsheet): a value may then hold the
// separator or a line break.
func readQuotedRows(file, text string, h listHeader, sep rune, lf *listFile) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	first := true
	for {
		cells, err := r.Read()
		if err == io.EOF {
			return
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			lf.warn(problem(file, line, "list_row_unreadable"))
			continue
		}
		if first {
			first = false
			continue
		}
		if len(cells) == 1 && strings.TrimSpace(cells[0]) == "" {
			continue
		}
		lf.row(file, line, h, cells, false, "")
	}
}

// row reads one row: by the header when it has as many cells, else (a plain comma-separated
// row of a standard list) by recovering its commas.
func (lf *listFile) row(file string, n int, h listHeader, cells []string, recoverable bool, raw string) {
	get := func(c listColumn) string {
		if i := h.at[c]; i >= 0 && i < len(cells) {
			return strings.TrimSpace(cells[i])
		}
		return ""
	}
	switch {
	case len(cells) == h.cells:
	case recoverable:
		r, err := splitListRow(raw, h.period)
		if err != nil {
			lf.warn(problem(file, n, string(err.(listRowError)), "Fields", strconv.Itoa(len(cells))))
			return
		}
		get = r.get
	default:
		lf.warn(problem(file, n, "list_row_cells", "Fields", strconv.Itoa(len(cells)), "Want", strconv.Itoa(h.cells)))
		return
	}
	if p := listProject(file, n, "", get); p != nil {
		lf.projects = append(lf.projects, p)
	} else {
		lf.warn(problem(file, n, "list_row_no_code"))
	}
}

// get is the recovered row's value of column c.
func (r listRow) get(c listColumn) string {
	switch c {
	case colCode:
		return r.code
	case colFund:
		return r.fund
	case colName:
		return r.name
	case colProgramme:
		return r.programme
	case colAxis:
		return r.axis
	case colAuthority:
		return r.authority
	case colStatus:
		return r.status
	case colStart:
		return r.start
	case colEnd:
		return r.end
	case colImplementer:
		return r.implementer
	case colGranted, colRealised, colPlanned, colRealisedPublic:
		return r.money[c-colGranted]
	}
	return ""
}

// listProject makes the project of one row (line n of file, of sheet when a workbook's); nil
// when the row has no code.
func listProject(file string, n int, sheet string, get func(listColumn) string) *Project {
	code := strings.ToUpper(get(colCode))
	if code == "" {
		return nil
	}
	p := &Project{File: file, Code: strings.Clone(code), Complete: false}
	w := &parser{file: file, proj: p}
	l := line{n: n}
	p.codeLine = n
	p.Fund = strings.ToUpper(strings.Clone(get(colFund)))
	if p.Fund == "" {
		p.Fund = fundOfCode(code)
	}
	p.Name = strings.Clone(get(colName))
	p.PriorityAxis = strings.Clone(get(colAxis))
	p.Authority = strings.Clone(get(colAuthority))
	p.Status = canonical(strings.Clone(get(colStatus)), knownStatuses)
	p.Start = listDate(w, l, get(colStart))
	p.End = listDate(w, l, get(colEnd))
	p.Applicant.Name = strings.Clone(get(colImplementer))
	p.Funding = Funding{
		GrantedEUState:      listAmount(w, l, get(colGranted)),
		RealisedEUState:     listAmount(w, l, get(colRealised)),
		PlannedPublicTotal:  listAmount(w, l, get(colPlanned)),
		RealisedPublicTotal: listAmount(w, l, get(colRealisedPublic)),
	}
	p.Sources = []Source{{Kind: SourceList, File: file, Sheet: sheet, Line: n, Funding: p.Funding}}
	// What a list does not give is unknown, named as a description's would be; lists are [].
	p.nameQuestions()
	p.emptyLists()
	p.Derived = Derive(p)
	return p
}

// listDate reads a list's date: D.M.YYYY, or a spreadsheet's day number (days since 30.12.1899).
func listDate(w *parser, l line, s string) Date {
	if s == "" {
		return Date{}
	}
	if days, err := strconv.ParseFloat(s, 64); err == nil && days > 0 && days < 200000 {
		t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days))
		return w.date(l, t.Format("2.1.2006"))
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return w.date(l, t.Format("2.1.2006"))
	}
	return w.date(l, s)
}

// listAmount reads a list's amount: whole euros, or euros and cents after a point or a comma
// ("97216.29"), rounded to the euro as descriptions give them.
func listAmount(w *parser, l line, s string) Int {
	s = strings.TrimSpace(s)
	whole, cents, ok := strings.Cut(strings.ReplaceAll(s, ",", "."), ".")
	if ok && allDigits(strings.TrimPrefix(whole, "-")) && allDigits(cents) {
		f, err := strconv.ParseFloat(whole+"."+cents, 64)
		if err == nil {
			s = strconv.FormatFloat(math.Round(f), 'f', 0, 64)
		}
	}
	return w.amount(l, s)
}
