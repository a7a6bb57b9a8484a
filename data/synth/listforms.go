package synth

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// Project list exports in every form they reach an officer: as the service publishes them
// (raw, nothing quoted, ISO-8859-1 or Windows-1252, either period's header), as a spreadsheet
// program saves them again (a quoted ";" CSV with a byte-order mark, Finnish dates and decimal
// commas; a workbook with typed cells), and as the raw file opened in a spreadsheet, which
// splits every row at every comma, then saved (";" CSV or workbook). Values hold every
// character a list's value may: commas, quotes, semicolons, apostrophes, "¿", no-break spaces,
// Finnish and Sami letters, spaces at the end. The round-trip tests write random rows in each
// form and read them back.

// ListRow is one project of a list export.
type ListRow struct {
	Code, Fund, Name, Programme, Axis, Authority, Status string
	Start, End                                           time.Time // zero: not given
	Implementer                                          string
	Money                                                [4]Amount // granted and realised EU+state, planned and realised public
}

// Amount is a list's figure: Cents hundredths of a euro, or not given.
type Amount struct {
	Cents int64
	Given bool
}

// Euros is the amount in whole euros, rounded half away from zero, as a reader keeps it.
func (a Amount) Euros() int64 {
	if a.Cents < 0 {
		return -((-a.Cents + 50) / 100)
	}
	return (a.Cents + 50) / 100
}

// Period2007 says a list has the 2007–2013 header (with the programme part).
type Period2007 bool

// ListHeader2014 is the 2014–2020 list export's header, as the service writes it.
const ListHeader2014 = "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä"

func header(p2007 Period2007) []string {
	if p2007 {
		return strings.Split(List2007Header, ",")
	}
	return strings.Split(ListHeader2014, ",")
}

// Pieces of values: each as hard as a real value gets. None is a lone digit, a status or a
// date, and a quote never opens a piece that a quote closes right before a comma: the raw
// rows stay as unambiguous as the service's are.
var (
	namePieces = []string{
		"Työllisyys", "Ääneskosken öljy", "Åland", "Sámi giella", "Čáhppes Ŋuolla", "Đuottar Šiella",
		"Žaŋ Ŧ ʒ", "\"Musculo\"-hieronta", "\"Auto2020\" - jatko", "Hanke \"X\"", "\"Kasvu\"", "nuorten 'paja'",
		"a;b;c", "¿", "no\u00a0break", "INKA - SmartResearch", "3D-tulostus", "vaihe 2", "2", "(KIT -projekti)",
		"Hyvä & parempi", "50 % enemmän", "Kokeilu/pilotti", "Oy:n", "Tupla \"\"lainaus\"\"",
	}
	authorityPieces = []string{
		"Etelä-Savon elinkeino-", " liikenne- ja ympäristökeskus", "Innovaatiorahoituskeskus Tekes", "Lapin liitto",
		"Sosiaali- ja terveysministeriö", "Pohjois-Pohjanmaan ELY", " yritystuet", "Sámediggi",
	}
	implementerPieces = []string{
		"Mikkelin seudun elinkeinoyhtiö Miset Oy", "Itä-Suomen yliopisto (aiemmin Kuopion yliopisto)", " Oy Ab",
		" \"Osuuskunta\" Ääni", "Sámi allaskuvla", "Kuntayhtymä; koulutus", "Oulun Yliopisto", " ry", "Tmi O'Brien",
	}
	programmeParts = []string{"Etelä-Suomen suuralueosio", "Itä-Suomen suuralueosio", "Valtakunnallinen osio", "Ahvenanmaan osio"}
	listStatuses   = []string{"Toiminnassa", "Toiminta päättynyt", "Keskeytynyt"}
)

// RandomListRows returns n random rows (row i from seed and i).
func RandomListRows(n int, seed uint64, p2007 Period2007) []ListRow {
	rows := make([]ListRow, n)
	for i := range rows {
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		row := ListRow{
			Code:        fmt.Sprintf("%c%05d", "ASJ"[r.IntN(3)], 10000+i),
			Fund:        []string{"ESR", "EAKR"}[r.IntN(2)],
			Name:        joinPieces(r, namePieces, 1+r.IntN(4)),
			Axis:        strconv.Itoa(1 + r.IntN(9)),
			Authority:   joinPieces(r, authorityPieces, 1+r.IntN(3)),
			Status:      listStatuses[r.IntN(len(listStatuses))],
			Implementer: joinPieces(r, implementerPieces, r.IntN(4)),
		}
		if p2007 {
			row.Programme = programmeParts[r.IntN(len(programmeParts))]
		}
		if r.IntN(20) > 0 {
			row.Start = time.Date(2007+r.IntN(14), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		}
		if r.IntN(20) > 0 {
			row.End = time.Date(2009+r.IntN(14), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		}
		for k := range row.Money {
			switch r.IntN(25) {
			case 0: // not given
			case 1: // a correction: negative
				row.Money[k] = Amount{Cents: -100 * int64(1+r.IntN(9000)), Given: true}
			case 2: // with cents
				row.Money[k] = Amount{Cents: int64(r.IntN(90000000)), Given: true}
			default:
				row.Money[k] = Amount{Cents: 100 * int64(r.IntN(2000000)), Given: true}
			}
		}
		if row.Implementer == "" && !row.Money[3].Given {
			row.Money[3] = Amount{Given: true} // either empty, a spreadsheet's padding makes the row ambiguous
		}
		rows[i] = row
	}
	return rows
}

// joinPieces joins n pieces with ", " or "," (a value's unquoted commas), sometimes with
// spaces at the end.
func joinPieces(r *rand.Rand, pieces []string, n int) string {
	var parts []string
	for range n {
		parts = append(parts, pieces[r.IntN(len(pieces))])
	}
	if n == 0 {
		return ""
	}
	s := strings.Join(parts, []string{", ", ","}[r.IntN(2)])
	if r.IntN(6) == 0 {
		s += "  " // line-end spaces: a reader drops them
	}
	return s
}

// Expected is the row as a reader must give it back from a file in the encoding: spaces
// around values dropped, and each letter the encoding lacks as "¿" (as the service writes
// it).
func (row ListRow) Expected(enc *charmap.Charmap) ListRow {
	fix := func(s string) string {
		s = strings.TrimSpace(s)
		if enc == nil {
			return s
		}
		return strings.TrimSpace(representable(s, enc))
	}
	row.Name, row.Programme, row.Authority, row.Implementer = fix(row.Name), fix(row.Programme), fix(row.Authority), fix(row.Implementer)
	return row
}

// representable replaces each letter enc lacks with "¿".
func representable(s string, enc *charmap.Charmap) string {
	return strings.Map(func(r rune) rune {
		if _, ok := enc.EncodeRune(r); !ok {
			return '¿'
		}
		return r
	}, s)
}

// cells are the row's values in the header's order, with dates and amounts as date(t) and
// amount(a) write them.
func (row ListRow) cells(p2007 Period2007, date func(time.Time) string, amount func(Amount) string) []string {
	c := []string{row.Code, row.Fund, row.Name}
	if p2007 {
		c = append(c, row.Programme)
	}
	c = append(c, row.Axis, row.Authority, row.Status, date(row.Start), date(row.End), row.Implementer)
	for _, m := range row.Money {
		c = append(c, amount(m))
	}
	return c
}

// rawDate is a date as the service writes it: 1.4.2008.
func rawDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2.1.2006")
}

// rawAmount is an amount as the service writes it: whole euros, or with cents after a point.
func rawAmount(a Amount) string {
	switch {
	case !a.Given:
		return ""
	case a.Cents%100 == 0:
		return strconv.FormatInt(a.Cents/100, 10)
	}
	sign := ""
	c := a.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

// RawList writes rows as the service publishes them: nothing quoted, CRLF, in enc (letters it
// lacks as "¿").
func RawList(rows []ListRow, p2007 Period2007, enc *charmap.Charmap) []byte {
	var b strings.Builder
	b.WriteString(strings.Join(header(p2007), ",") + "\r\n")
	for _, row := range rows {
		b.WriteString(strings.Join(row.cells(p2007, rawDate, rawAmount), ",") + "\r\n")
	}
	out, err := enc.NewEncoder().String(representable(b.String(), enc))
	if err != nil {
		panic(err)
	}
	return []byte(out)
}

// finnishDate is a date as a Finnish-locale spreadsheet writes it in a CSV: 01.04.08.
func finnishDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02.01.06")
}

// finnishAmount is an amount as a Finnish-locale spreadsheet writes it: a decimal comma,
// sometimes no-break spaces between the thousands.
func finnishAmount(a Amount) string {
	s := strings.Replace(rawAmount(a), ".", ",", 1)
	if len(s) > 7 && a.Cents%7 == 0 {
		whole, frac, _ := strings.Cut(s, ",")
		var g strings.Builder
		for i, c := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 && whole[i-1] != '-' {
				g.WriteRune('\u00a0')
			}
			g.WriteRune(c)
		}
		s = g.String()
		if frac != "" {
			s += "," + frac
		}
	}
	return s
}

// quoteCell quotes a cell as a spreadsheet does: when it holds the separator, a quote or a
// line break, the quotes inside doubled.
func quoteCell(s string, sep byte) string {
	if strings.IndexByte(s, sep) < 0 && !strings.ContainsAny(s, "\"\r\n") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// writeCSV writes rows of cells with sep, quoted as a spreadsheet quotes, with a UTF-8
// byte-order mark and CRLF.
func writeCSV(rows [][]string, sep byte) []byte {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	for _, cells := range rows {
		for i, c := range cells {
			if i > 0 {
				b.WriteByte(sep)
			}
			b.WriteString(quoteCell(c, sep))
		}
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

// SpreadsheetCSV writes rows as a Finnish-locale spreadsheet saves a list: ";", quoted where
// needed, a byte-order mark, dates as 01.04.08, decimal commas.
func SpreadsheetCSV(rows []ListRow, p2007 Period2007) []byte {
	out := [][]string{header(p2007)}
	for _, row := range rows {
		out = append(out, row.cells(p2007, finnishDate, finnishAmount))
	}
	return writeCSV(out, ';')
}

// SplitRawCSV writes the raw list as a spreadsheet that opened it (splitting every row at every
// comma, dates and amounts made dates and numbers) saves it again as a Finnish ";" CSV: every
// row padded with empty cells to the widest, as a spreadsheet writes its used area.
func SplitRawCSV(rows []ListRow, p2007 Period2007) []byte {
	out := [][]string{header(p2007)}
	width := len(out[0])
	for _, row := range rows {
		cells := strings.Split(strings.Join(row.cells(p2007, rawDate, rawAmount), ","), ",")
		for i, c := range cells {
			if t, err := time.Parse("2.1.2006", c); err == nil {
				cells[i] = finnishDate(t)
			}
		}
		width = max(width, len(cells))
		out = append(out, cells)
	}
	for i := range out {
		for len(out[i]) < width {
			out[i] = append(out[i], "")
		}
	}
	return writeCSV(out, ';')
}

// Workbook writes rows as a spreadsheet's workbook with typed cells: numbers as numbers,
// dates as date cells. split says the raw rows split at every comma, as a spreadsheet that
// opened the raw file has them.
func Workbook(rows []ListRow, p2007 Period2007, split bool) []byte {
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		panic(err)
	}
	set := func(col, row int, v any) {
		cell, _ := excelize.CoordinatesToCellName(col, row)
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			panic(err)
		}
		if _, ok := v.(time.Time); ok {
			_ = f.SetCellStyle(sheet, cell, cell, dateStyle)
		}
	}
	for i, h := range header(p2007) {
		set(i+1, 1, h)
	}
	for r, row := range rows {
		var cells []any
		if split {
			for _, c := range strings.Split(strings.Join(row.cells(p2007, rawDate, rawAmount), ","), ",") {
				cells = append(cells, typed(c))
			}
		} else {
			for _, c := range row.cells(p2007, rawDate, rawAmount) {
				cells = append(cells, typed(c))
			}
		}
		for i, v := range cells {
			if s, ok := v.(string); ok && s == "" {
				continue // an empty cell is not written
			}
			set(i+1, r+2, v)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// typed is a cell's value as a spreadsheet types what it reads: a date, a number, or text.
func typed(c string) any {
	if t, err := time.Parse("2.1.2006", c); err == nil {
		return t
	}
	if n, err := strconv.ParseInt(c, 10, 64); err == nil && !strings.HasPrefix(c, "0") {
		return n
	}
	if f, err := strconv.ParseFloat(c, 64); err == nil && strings.Contains(c, ".") {
		return f
	}
	return c
}
