package export

import (
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"vertailu/assets/words"
	"vertailu/data"
)

// changeKeys head the columns of the changes' CSV for programs.
var changeKeys = []string{"code", "name", "kind", "field", "from", "to", "difference", "ratio"}

// changeTitles head the columns for people.
var changeTitles = []string{"column.code", "column.name", "changes.col.kind", "changes.col.field", "changes.col.from", "changes.col.to", "changes.col.difference", "changes.col.ratio"}

// changeRow is one row of the changes' table: a project added or removed, or one field of a
// changed project.
type changeRow struct {
	pc data.ProjectChange
	c  *data.Change // nil for a project added or removed
}

// changeRows are the rows of ch: one per project added or removed, one per changed field.
func changeRows(pcs []data.ProjectChange) []changeRow {
	var rows []changeRow
	for _, pc := range pcs {
		if len(pc.Changes) == 0 {
			rows = append(rows, changeRow{pc: pc})
			continue
		}
		for i := range pc.Changes {
			rows = append(rows, changeRow{pc: pc, c: &pc.Changes[i]})
		}
	}
	return rows
}

// WriteChangesCSV writes the changes pcs as CSV: one row per project added or removed and
// one per field changed, with the values before and after, and for a figure its difference
// and ratio. opts as for WriteCSV: Keys heads the columns with keys and writes the kind and
// field as keys; otherwise they are worded in opts.Lang.
func WriteChangesCSV(w io.Writer, pcs []data.ProjectChange, opts CSVOptions) error {
	cw, err := newCSVWriter(w, opts)
	if err != nil {
		return err
	}
	lang := opts.Lang
	if lang == "" {
		lang = "fi"
	}
	head := changeKeys
	if !opts.Keys {
		head = make([]string, len(changeTitles))
		for i, t := range changeTitles {
			head[i] = words.Of(lang).T(t)
		}
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	sep := cw.Comma
	for _, r := range changeRows(pcs) {
		row := []string{r.pc.Code, r.pc.Name, string(r.pc.Kind), "", "", "", "", ""}
		if !opts.Keys {
			row[2] = words.Of(lang).ChangeKind(r.pc)
		}
		if r.c != nil {
			row[3], row[4], row[5] = r.c.Field, r.c.From.Raw(), r.c.To.Raw()
			if !opts.Keys {
				row[3] = words.Of(lang).ColumnKey(r.c.Field)
			}
			if d := r.c.Difference(); d.Known {
				row[6] = strconv.FormatInt(d.V, 10)
			}
			if q := r.c.Ratio(); q.Known {
				if opts.percent() {
					row[7] = percentText(q.V, sep)
				} else {
					row[7] = strconv.FormatFloat(q.V, 'f', 4, 64)
					if sep == ';' {
						row[7] = strings.Replace(row[7], ".", ",", 1)
					}
				}
			}
		}
		if opts.BOM {
			for _, i := range []int{1, 4, 5} {
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

// WriteChangesXLSX writes the changes pcs as a workbook of one sheet, as WriteChangesCSV for
// people: figures and dates typed, the ratio a percentage.
func WriteChangesXLSX(w io.Writer, pcs []data.ProjectChange, lang string) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	sheet := words.Of(lang).T("Changes")
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	widths := []float64{10, 40, 16, 28, 24, 24, 14, 12}
	for i, t := range changeTitles {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellValue(sheet, cell, words.Of(lang).T(t)); err != nil {
			return err
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, widths[i]); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(changeTitles), 1)
	if err := f.SetCellStyle(sheet, "A1", last, st.header); err != nil {
		return err
	}
	for n, r := range changeRows(pcs) {
		cells := []any{xlsxText(r.pc.Code), xlsxText(r.pc.Name), words.Of(lang).ChangeKind(r.pc), nil, nil, nil, nil, nil}
		kinds := make([]data.Kind, len(cells))
		if r.c != nil {
			cells[3] = words.Of(lang).ColumnKey(r.c.Field)
			cells[4], kinds[4] = xlsxValue(r.c.From), r.c.From.Kind
			cells[5], kinds[5] = xlsxValue(r.c.To), r.c.To.Kind
			if d := r.c.Difference(); d.Known {
				cells[6], kinds[6] = float64(d.V), data.KindEuro
			}
			if q := r.c.Ratio(); q.Known {
				cells[7], kinds[7] = q.V, data.KindPercent
			}
		}
		for i, v := range cells {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, n+2)
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				return err
			}
			if s, ok := st.byKind[kinds[i]]; ok && kinds[i] != data.KindText {
				if err := f.SetCellStyle(sheet, cell, cell, s); err != nil {
					return err
				}
			}
		}
	}
	return f.Write(w)
}

// xlsxValue is a changed value as a typed cell: a number, a date, a text; nil when unknown.
func xlsxValue(v data.Value) any {
	switch v.Kind {
	case data.KindEuro:
		if !v.Euros.Known {
			return nil
		}
		return float64(v.Euros.V)
	case data.KindDate:
		if !v.Date.Known() {
			return nil
		}
		return v.Date.Time
	}
	if v.Text == "" {
		return nil
	}
	return xlsxText(v.Text)
}
