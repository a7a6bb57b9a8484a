package list

import (
	"bytes"
	"strconv"
	"strings"

	"vertailu/data"
	"vertailu/data/decode"
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
	// The EURA 2021 export's own columns (2021–2027).
	colPlannedTotal
	colRealisedTotal
	colRealisedEU
	colGroupCode
	colObjective
	colBusinessID
	colSubtype
	colField
	colLocation
	colSitePostcode
	colSitePost
	colRecipientPostcode
	colRecipientPost
	colForm
	colMechanism
	colEconomic
	colSecondary
	colGender
	colBaltic
	colSummary
	colCardURL
	colHomeURL
	listColumns
)

// moneyColumns are the columns that hold amounts.
var moneyColumns = []listColumn{colGranted, colRealised, colPlanned, colRealisedPublic, colPlannedTotal, colRealisedTotal, colRealisedEU}

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
	// The EURA 2021 export (2021–2027): its "planned EU and state funding" is the funding
	// decision's, the granted EU+state of the other periods.
	"ryhmähanketunnus":                    colGroupCode,
	"eakr-/jtf-alatyyppi":                 colSubtype,
	"et":                                  colObjective,
	"erityistavoite":                      colObjective,
	"toteuttajan y-tunnus":                colBusinessID,
	"rahoittava viranomainen":             colAuthority,
	"suunniteltu eu- ja valtion rahoitus": colGranted,
	"suunniteltu julkinen rahoitus":       colPlanned,
	"suunniteltu rahoitus yhteensä":       colPlannedTotal,
	"toteutunut julkinen rahoitus":        colRealisedPublic,
	"toteutunut rahoitus yhteensä":        colRealisedTotal,
	"toteutunut eu-rahoituksen määrä":     colRealisedEU,
	"tukitoimen ala":                      colField,
	"sijainti":                            colLocation,
	"toteutuspaikan postinumero":          colSitePostcode,
	"toteutuspaikan postitoimipaikka":     colSitePost,
	"tuensaajan postinumero":              colRecipientPostcode,
	"tuensaajan postitoimipaikka":         colRecipientPost,
	"tukimuoto":                           colForm,
	"alueellinen täytäntöönpanomekanismi ja alueellinen painopiste": colMechanism,
	"taloudellinen toiminta":                                   colEconomic,
	"toissijainen teema, vain esr+":                            colSecondary,
	"sukupuolten tasa-arvo":                                    colGender,
	"itämeren alueen strategia":                                colBaltic,
	"suunnitelman mukainen tiivistelmä hankkeen toteutuksesta": colSummary,
	"hankekuvauksen osoite":                                    colCardURL,
	"hankkeen kotisivun osoite":                                colHomeURL,
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
	padded   bool // empty cells after the last heading: a spreadsheet padded the rows
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
	for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
		cells = cells[:len(cells)-1] // a spreadsheet pads every row to the widest
		h.padded = true
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
	for _, c := range moneyColumns {
		if h.at[c] >= 0 {
			money++
		}
	}
	if h.at[colCode] < 0 || h.at[colName] < 0 || money < 2 {
		return h, false
	}
	switch {
	case h.at[colProgramme] >= 0:
		h.period = period2007
	case h.at[colRealisedEU] >= 0 || h.at[colPlannedTotal] >= 0 || h.at[colGroupCode] >= 0 || h.at[colLocation] >= 0:
		h.period = period2021
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
var listSeparators = []byte{',', ';', '\t'}

// csvListHeader recognises a CSV list by its first line (of at most 4 KB): a description or
// any other file is not a list, and is left to the parser.
func csvListHeader(b []byte) (listHeader, byte, bool) {
	head := b[:min(len(b), 4096)]
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		head = b // UTF-16 (a spreadsheet's "Unicode text"): decoded whole below
	} else if !mayNameCode(head) {
		return listHeader{}, 0, false // most files: a description names its code further down
	}
	d, ok := decode.KeepSpaces(head)
	if !ok && len(head) == len(b) {
		return listHeader{}, 0, false
	}
	if !ok { // the 4 KB cut a character or a line in two: the first line alone
		end := bytes.IndexAny(head, "\r\n")
		if end < 0 {
			return listHeader{}, 0, false
		}
		if d, ok = decode.KeepSpaces(head[:end]); !ok {
			return listHeader{}, 0, false
		}
	}
	first, _, found := strings.Cut(d.Text, "\n")
	if !found && len(head) < len(b) {
		return listHeader{}, 0, false // a first line of over 4 KB is no list's header
	}
	for _, sep := range listSeparators {
		_, cells, _, _ := newCSVRecords(first, sep).next(false)
		if h, ok := readListHeader(cells); ok {
			return h, sep, true
		}
	}
	return listHeader{}, 0, false
}

// mayNameCode reports whether the first line of head may be a list header by the code column
// it must have: every heading of it holds "koodi". A first line of printable ASCII decodes to
// itself, so it is told by the word in it alone; any other (a description's first line is
// ASCII) by the word anywhere in head, as before, since decoding may drop a character inside
// the word or lower-case a letter beyond ASCII to one of it.
func mayNameCode(head []byte) bool {
	line := head
	if end := bytes.IndexAny(head, "\r\n"); end >= 0 {
		line = head[:end]
	}
	for _, c := range line {
		if c < 0x20 && c != '\t' || c >= 0x7f {
			return decode.ContainsFold(head, "koodi")
		}
	}
	return decode.ContainsFold(line, "koodi")
}

// listFile is what one list export gave: its projects, in row order, its problems (rows
// that could not be read, and the warnings of the projects, at most data.MaxWarnings), and the
// count of its rows and of its problems by kind (all of them, kept or not).
type listFile struct {
	projects []*data.Project
	problems []data.Problem
	dropped  int
	skip     data.Problem // why a file with a list's header cannot be read as one (binary after it)
	rows     int          // rows holding anything: projects and rows not read
	kinds    map[string]int
	xlsx     bool // a workbook's: a date may be a day number
	// period is the list's header's, periodName the programme period its projects belong to
	// ("" when the header does not say).
	period     listPeriod
	periodName string
	codeAt     int       // the code's cell
	budget     *Budget   // the load's bound on list rows (see listbound.go)
	over       string    // the problem of the rows past a bound, once one is reached
	footer     data.Date // the date a EURA 2021 footer gives (the extract's)
}

func (lf *listFile) warn(pr data.Problem) {
	if lf.kinds == nil {
		lf.kinds = map[string]int{}
	}
	lf.kinds[pr.Code]++
	if len(lf.problems) >= data.MaxWarnings {
		lf.dropped++
		return
	}
	lf.problems = append(lf.problems, pr)
}

// notRead counts a row that could not be read, with why.
func (lf *listFile) notRead(pr data.Problem) {
	lf.rows++
	lf.warn(pr)
}

// add counts a row read as project p.
func (lf *listFile) add(p *data.Project) {
	lf.rows++
	lf.projects = append(lf.projects, p)
}

// finish adds the projects' warnings to the file's and the count of those left out.
func (lf *listFile) finish(file string) {
	for _, p := range lf.projects {
		for _, w := range p.Warnings {
			lf.warn(w)
		}
	}
	if lf.dropped > 0 {
		lf.problems = append(lf.problems, data.NewProblem(file, 0, "more", "Count", strconv.Itoa(lf.dropped)))
	}
}

// readListCSV reads a CSV list whose header h (with separator sep) is its first line.
func readListCSV(file string, b []byte, h listHeader, sep byte, budget *Budget) *listFile {
	lf := &listFile{budget: budget}
	d, ok := decode.KeepSpaces(b)
	if !ok {
		lf.skip = data.NewProblem(file, 0, "binary")
		return lf
	}
	// The service writes its lists in ISO-8859-1 or Windows-1252: that is no problem to warn of.
	// Control characters are: decode has dropped them.
	if len(d.Controls) > 0 {
		lf.warn(data.NewProblem(file, d.Controls[0], "control_chars", "Lines", decode.LineList(d.Controls)))
	}
	lf.period, lf.periodName, lf.codeAt = h.period, h.periodName(), h.at[colCode]
	recs := newCSVRecords(d.Text, sep)
	recs.next(false) // the header
	for {
		pos, at := recs.pos, recs.line
		n, cells, lines, ok := recs.next(true)
		if !ok {
			break
		}
		v, err := placeRow(h, cells, false)
		if err != nil && lines > 1 { // a quote that opened no value: its line alone
			recs.rewind(pos, at)
			n, cells, _, _ = recs.next(false)
			v, err = placeRow(h, cells, false)
		}
		lf.read(file, n, "", cells, v, err)
	}
	lf.finish(file)
	return lf
}

// read takes one placed row (cells at line n of file, of sheet when a workbook's): a project,
// a row not read with why, or nothing for a row that holds nothing.
func (lf *listFile) read(file string, n int, sheet string, cells []string, v rowValues, err error) {
	switch {
	case err == errEmptyRow:
	case err != nil && lf.period == period2021 && footer(cells, lf.codeAt):
		// The EURA 2021 export ends with footer rows (the date of the extract, the filters
		// applied): no code, no project, no problem; the date is the export's.
		lf.noteFooter(cells)
	case err != nil:
		pr := data.NewProblem(file, n, string(err.(listRowError)), "Fields", strconv.Itoa(len(cells)))
		pr.Sheet = sheet
		lf.notRead(pr)
	case lf.overBound(file, n, sheet):
	default:
		lf.add(listProject(file, n, sheet, &v, lf.xlsx, lf.periodName))
	}
}

// footer reports whether a row of the EURA 2021 export is one of its footers: no code in the
// code's cell and at most two cells holding anything. A row with figures but no readable code
// is a project not read, never a footer.
func footer(cells []string, codeAt int) bool {
	if codeAt < len(cells) && codeLike(strings.TrimSpace(cells[codeAt])) {
		return false
	}
	filled := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			filled++
		}
	}
	return filled <= 2
}

// listProject makes the project of one row (line n of file, of sheet when a workbook's with
// several). xlsx says a date may be a workbook's day number.
func listProject(file string, n int, sheet string, v *rowValues, xlsx bool, period string) *data.Project {
	code := strings.ToUpper(v[colCode])
	p := &data.Project{File: file, Code: code, Complete: false}
	w := &warner{file: file, n: n, proj: p}
	p.CodeLine = n
	p.Fund = strings.ToUpper(v[colFund])
	if p.Fund == "" {
		p.Fund = data.FundOfCode(code)
	}
	p.Name = oneLineValue(v[colName])
	p.ProgrammePart = oneLineValue(v[colProgramme])
	p.PriorityAxis = oneLineValue(v[colAxis])
	p.Authority = oneLineValue(v[colAuthority])
	p.Status = data.Canonical(oneLineValue(v[colStatus]), data.KnownStatuses)
	p.Start = listDate(w, v[colStart], xlsx)
	p.End = listDate(w, v[colEnd], xlsx)
	p.Applicant.Name = oneLineValue(v[colImplementer])
	p.Funding = data.Funding{
		GrantedEUState:      listAmount(w, v[colGranted]),
		RealisedEUState:     listAmount(w, v[colRealised]),
		PlannedPublicTotal:  listAmount(w, v[colPlanned]),
		RealisedPublicTotal: listAmount(w, v[colRealisedPublic]),
		PlannedTotal:        listAmount(w, v[colPlannedTotal]),
		RealisedTotal:       listAmount(w, v[colRealisedTotal]),
		RealisedEU:          listAmount(w, v[colRealisedEU]),
	}
	p.Period = period
	if period == data.Period2021 {
		eura2021(w, p, v)
	}
	for i := range p.Warnings {
		p.Warnings[i].Sheet = sheet
	}
	p.Sources = []data.Source{{Kind: data.SourceList, File: file, Sheet: sheet, Line: n, Funding: p.Funding}}
	// What a list does not give is unknown, named as a description's would be; lists are [].
	p.NameQuestions()
	p.EmptyLists()
	p.Derived = data.Derive(p)
	return p
}

// periodName is the programme period of the projects of a list with header h: the service's
// two list headers and the EURA 2021 export say it; any other header does not.
func (h listHeader) periodName() string {
	switch {
	case h.period == period2007, h.period == period2021, h.standard:
		return h.period.Period()
	}
	return ""
}

// oneLineValue is a list's value with a line break in it (a spreadsheet's cell may hold one)
// made a space. Values are cut from the decoded text or a workbook's cells, memory of the
// list's own (never the loader's read buffer), so they need no copy.
func oneLineValue(s string) string {
	if strings.ContainsAny(s, "\r\n") {
		return strings.TrimSpace(strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s))
	}
	return s
}
