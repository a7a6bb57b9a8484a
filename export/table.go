package export

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"vertailu/assets/words"
	"vertailu/data"
)

// CSVOptions are the choices for WriteCSV.
type CSVOptions struct {
	// Separator is the field separator: ';' for Excel in a Finnish locale (numbers then get a
	// decimal comma), ',' for plain CSV (decimal point). Zero means ','.
	Separator rune
	// BOM starts the file with a UTF-8 byte-order mark, which Excel needs to read UTF-8. It
	// makes the file one for Excel: texts that begin like a formula get an apostrophe, and
	// ratios are percentages (45,67 in a column titled "…, %") unless Keys is set.
	BOM bool
	// Lang chooses the column titles: "fi" or "en" (the default for an empty Lang is "fi").
	Lang string
	// Keys heads the columns with their keys (granted_eu_state) instead of titles, for
	// programs that read the file; ratios are then fractions (0.4567), as without BOM.
	Keys bool
}

// percent reports whether ratios are written as percentages: in a file for Excel, where
// officers read them; a file for programs keeps fractions.
func (o CSVOptions) percent() bool { return o.BOM && !o.Keys }

// percentTitle titles a ratio column written in percent: "Käyttöaste EU+valtio, %".
func percentTitle(title, lang string) string {
	return words.Of(lang).T("{{.Title}}, %", "Title", title)
}

// percentText writes a ratio as a percentage with two decimals (0.4567 → 45.67), with a
// decimal comma for ';'.
func percentText(v float64, sep rune) string {
	s := strconv.FormatFloat(v*100, 'f', 2, 64)
	if sep == ';' {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// WriteCSV writes ps as CSV: a header row of column titles, then one row per project with
// machine-readable values (plain digits, ISO dates) and an empty field for an unknown value.
func WriteCSV(w io.Writer, ps []*data.Project, cols []data.Column, opts CSVOptions) error {
	cw, err := newCSVWriter(w, opts)
	if err != nil {
		return err
	}
	sep := cw.Comma
	row := make([]string, len(cols))
	for i, c := range cols {
		row[i] = words.Of(opts.Lang).Column(c)
		switch {
		case opts.Keys:
			row[i] = c.Key
		case opts.percent() && c.Kind == data.KindPercent:
			row[i] = percentTitle(row[i], opts.Lang)
		}
	}
	if err := cw.Write(row); err != nil {
		return err
	}
	oneLine := strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")
	for _, p := range ps {
		for i, c := range cols {
			row[i] = csvValue(c, p, sep, opts.percent())
			if sep == '\t' { // TSV: a row is one line, its fields never quoted
				row[i] = oneLine.Replace(row[i])
			}
			if opts.BOM && c.Kind == data.KindText { // for Excel: a text stays a text
				row[i] = notFormula(row[i])
			}
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// newCSVWriter starts a CSV file as opts say: the separator (',' by default), and for Excel
// a byte-order mark and CRLF line ends.
func newCSVWriter(w io.Writer, opts CSVOptions) (*csv.Writer, error) {
	sep := opts.Separator
	if sep == 0 {
		sep = ','
	}
	if sep == '"' || sep == '\r' || sep == '\n' || !utf8.ValidRune(sep) || sep == utf8.RuneError {
		return nil, fmt.Errorf("export: %q cannot separate CSV fields", sep)
	}
	if opts.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return nil, err
		}
	}
	cw := csv.NewWriter(w)
	cw.Comma = sep
	cw.UseCRLF = opts.BOM // Excel's own line ends, when writing for Excel
	return cw, nil
}

// csvValue is c's raw value of p, a ratio in percent when percent is set; with ';' as
// separator a number gets a decimal comma, as Excel in a Finnish locale expects.
func csvValue(c data.Column, p *data.Project, sep rune, percent bool) string {
	if percent && c.Kind == data.KindPercent {
		if v := c.Number(p); v.Known {
			return percentText(v.V, sep)
		}
		return ""
	}
	v := c.Raw(p)
	if sep == ';' && c.Kind.Numeric() {
		v = strings.Replace(v, ".", ",", 1)
	}
	return v
}

// notFormula puts an apostrophe before a text that begins like a formula (=, +, -, @, a tab or a
// carriage return), as the usual defence against formula injection: Excel and LibreOffice then
// show it as text and do not evaluate "=HYPERLINK(…)" from a project's name.
func notFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteXLSX writes ps as an Excel workbook of one sheet: a bold header row that stays in view
// (frozen) with an autofilter, numbers in typed numeric cells with formats (euros, percentages,
// one decimal), dates as dates, an unknown value as an empty cell, and column widths that fit
// the content.
func WriteXLSX(w io.Writer, ps []*data.Project, cols []data.Column, lang string) (err error) {
	if len(cols) == 0 {
		return errors.New("export: no columns to write")
	}
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	sheet := words.Of(lang).T("Projects")
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	styles, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	if err := xlsxWidths(sw, ps, cols, lang); err != nil {
		return err
	}
	if err := xlsxRows(sw, ps, cols, lang, styles); err != nil {
		return err
	}
	// The stream writes the worksheet's other parts at Flush, so the filter is set before.
	last, _ := excelize.CoordinatesToCellName(len(cols), len(ps)+1)
	if err := f.AutoFilter(sheet, "A1:"+last, nil); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}

// xlsxStyles are the cell style IDs by kind.
type xlsxStyles struct {
	header int
	byKind map[data.Kind]int
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	s := xlsxStyles{byKind: map[data.Kind]int{}}
	var err error
	s.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DCE6F0"}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	})
	if err != nil {
		return s, err
	}
	formats := map[data.Kind]string{
		data.KindInt:     "#,##0",
		data.KindEuro:    "#,##0 \"€\"",
		data.KindPercent: "0.0 %",
		data.KindDecimal: "0.0",
		data.KindDate:    "d.m.yyyy",
	}
	for _, k := range []data.Kind{data.KindInt, data.KindEuro, data.KindPercent, data.KindDecimal, data.KindDate} {
		code := formats[k]
		id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			return s, err
		}
		s.byKind[k] = id
	}
	return s, nil
}

// xlsxRows writes the header row and one row per project.
func xlsxRows(sw *excelize.StreamWriter, ps []*data.Project, cols []data.Column, lang string, st xlsxStyles) error {
	row := make([]any, len(cols))
	for i, c := range cols {
		row[i] = excelize.Cell{StyleID: st.header, Value: words.Of(lang).Column(c)}
	}
	if err := sw.SetRow("A1", row, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	for r, p := range ps {
		for i, c := range cols {
			row[i] = xlsxCell(c, p, st)
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	return nil
}

// xlsxCell is c's value of p as a typed cell; nil (an empty cell) when unknown.
func xlsxCell(c data.Column, p *data.Project, st xlsxStyles) any {
	switch c.Kind {
	case data.KindText:
		if s := xlsxText(c.Raw(p)); s != "" {
			return s
		}
		return nil
	case data.KindDate:
		v := c.Number(p)
		if !v.Known {
			return nil
		}
		// Excel's serial day: days since 1899-12-30; data gives Unix days.
		return excelize.Cell{StyleID: st.byKind[c.Kind], Value: v.V + 25569}
	}
	v := c.Number(p)
	if !v.Known {
		return nil
	}
	if c.Kind == data.KindEuro {
		v.V = float64(int64(v.V + 0.5*sign(v.V)))
	}
	return excelize.Cell{StyleID: st.byKind[c.Kind], Value: v.V}
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// xlsxText makes s fit an Excel cell: valid UTF-8, no control characters Excel rejects, at
// most 32 767 characters.
func xlsxText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' {
			return -1
		}
		if r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > 32767 {
		s = string([]rune(s)[:32766]) + "…"
	}
	return s
}

// xlsxWidths sets each column's width from its title and longest value, within limits.
func xlsxWidths(sw *excelize.StreamWriter, ps []*data.Project, cols []data.Column, lang string) error {
	for i, c := range cols {
		w := min(utf8.RuneCountInString(words.Of(lang).Column(c)), 18)
		for j, p := range ps {
			if j >= 2000 { // enough to judge by
				break
			}
			w = max(w, utf8.RuneCountInString(words.Of(lang).Cell(c, p)))
		}
		width := float64(min(max(w, 6), 50)) + 2
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	return nil
}
