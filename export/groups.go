package export

import (
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"vertailu/assets/words"
	"vertailu/data"
)

// groupRow is one row of a groups table: a group, or the total.
type groupRow struct {
	value string
	sums  data.Sums
	mean  data.Float // the mean of the projects' utilisations (none for the total)
}

// groupCell is one value of a groups table: a text, a count, a sum or a ratio.
type groupCell struct {
	text string
	num  data.Float
	kind data.Kind
}

// groupHeader names the columns: the field, the count, each sum and its unknown count, the
// utilisation of the sums and the mean of the projects' utilisations.
func groupHeader(g data.Grouping, lang string, keys bool) []string {
	return groupHeaderIn(g, lang, keys, false)
}

// groupHeaderIn is groupHeader with the ratio columns titled in percent when percent is set.
func groupHeaderIn(g data.Grouping, lang string, keys, percent bool) []string {
	l := words.Of(lang)
	if keys {
		h := []string{"value", "count"}
		for _, f := range data.Figures {
			h = append(h, f.Key(), f.Key()+"_unknown")
		}
		return append(h, "utilisation_eu_state", "mean_utilisation_eu_state")
	}
	h := []string{l.T("group." + string(g.Field)), l.T("Projects")}
	for _, f := range data.Figures {
		h = append(h, words.Of(lang).Figure(f)+" €", words.Of(lang).Figure(f)+", "+l.T("unknown"))
	}
	util, mean := l.T("Utilisation EU+state (of the sums)"), l.T("Mean utilisation of the projects")
	if percent {
		util, mean = percentTitle(util, lang), percentTitle(mean, lang)
	}
	return append(h, util, mean)
}

// groupRows are the groups and the total row, whose value is "Total" in lang, or "total"
// for programs (keys).
func groupRows(g data.Grouping, lang string, keys bool) []groupRow {
	rows := make([]groupRow, 0, len(g.Groups)+1)
	for _, gr := range g.Groups {
		rows = append(rows, groupRow{value: gr.Value, sums: gr.Sums, mean: gr.MeanUtilisation})
	}
	total := words.Of(lang).T("Total")
	if keys {
		total = "total"
	}
	return append(rows, groupRow{value: total, sums: g.Total})
}

func (r groupRow) cells() []groupCell {
	known := func(v int) data.Float { return data.KnownFloat(float64(v)) }
	cs := []groupCell{{text: r.value}, {num: known(r.sums.Count), kind: data.KindInt}}
	for _, f := range data.Figures {
		s := r.sums.Sum(f)
		v := data.Float{}
		if s.Known {
			v = known(int(s.V))
		}
		cs = append(cs, groupCell{num: v, kind: data.KindEuro}, groupCell{num: known(r.sums.Unknown[f]), kind: data.KindInt})
	}
	return append(cs, groupCell{num: r.sums.UtilisationEUState(), kind: data.KindPercent}, groupCell{num: r.mean, kind: data.KindPercent})
}

// raw writes a cell for a program: digits, a ratio as a fraction with four decimals (in
// percent with two when percent is set), "" when unknown; with ';' the decimal separator is a
// comma.
func (c groupCell) raw(sep rune, percent bool) string {
	if c.kind == data.KindText {
		return c.text
	}
	if !c.num.Known {
		return ""
	}
	if c.kind == data.KindPercent && percent {
		return percentText(c.num.V, sep)
	}
	if c.kind == data.KindPercent {
		s := strconv.FormatFloat(c.num.V, 'f', 4, 64)
		if sep == ';' {
			s = s[:len(s)-5] + "," + s[len(s)-4:]
		}
		return s
	}
	return strconv.FormatInt(int64(c.num.V), 10)
}

// WriteGroupsCSV writes a grouping as CSV: a header, one row per group and a total row that
// counts each project once. opts as for WriteCSV (Keys heads the columns with JSON keys).
func WriteGroupsCSV(w io.Writer, g data.Grouping, opts CSVOptions) error {
	cw, err := newCSVWriter(w, opts)
	if err != nil {
		return err
	}
	sep := cw.Comma
	if err := cw.Write(groupHeaderIn(g, opts.Lang, opts.Keys, opts.percent())); err != nil {
		return err
	}
	for _, r := range groupRows(g, opts.Lang, opts.Keys) {
		var row []string
		for _, c := range r.cells() {
			v := c.raw(sep, opts.percent())
			if opts.BOM && c.kind == data.KindText {
				v = notFormula(v)
			}
			row = append(row, v)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteGroupsXLSX writes a grouping as a workbook of one sheet: the groups, the total row,
// and a note when a project counts in several groups.
func WriteGroupsXLSX(w io.Writer, g data.Grouping, lang string) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	sheet := words.Of(lang).T("Groups")
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	header := groupHeader(g, lang, false)
	for i, h := range header {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellValue(sheet, cell, h); err != nil {
			return err
		}
		width := 16.0
		if i == 0 {
			width = 40
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, width); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(header), 1)
	if err := f.SetCellStyle(sheet, "A1", last, st.header); err != nil {
		return err
	}
	rows := groupRows(g, lang, false)
	for r, row := range rows {
		for i, c := range row.cells() {
			cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
			if err := setGroupCell(f, sheet, cell, c, st); err != nil {
				return err
			}
		}
	}
	if g.Overlap {
		cell, _ := excelize.CoordinatesToCellName(1, len(rows)+3)
		if err := f.SetCellValue(sheet, cell, words.Of(lang).T("A project in several groups counts in each of them; the total counts it once.")); err != nil {
			return err
		}
	}
	return f.Write(w)
}

func setGroupCell(f *excelize.File, sheet, cell string, c groupCell, st xlsxStyles) error {
	if c.kind == data.KindText {
		return f.SetCellValue(sheet, cell, xlsxText(c.text))
	}
	if !c.num.Known {
		return nil
	}
	if err := f.SetCellValue(sheet, cell, c.num.V); err != nil {
		return err
	}
	return f.SetCellStyle(sheet, cell, cell, st.byKind[c.kind])
}
