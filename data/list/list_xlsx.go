package list

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"sync"

	"vertailu/data"
	"vertailu/data/decode"

	"github.com/xuri/excelize/v2"
)

// A list export saved as a workbook (XLSX, read with excelize): every sheet whose first
// non-empty row is a list header gives projects, one per row (a workbook with one sheet per
// region has been seen). Values are read raw, so that dates come as day numbers and amounts
// as plain numbers whatever the cells' formats.

// maxUnzipped bounds what a workbook may unpack to: a real list is a few megabytes (the
// EURA 2021 export of 8,733 projects with their summaries some tens), and a crafted one must
// not fill the memory.
const maxUnzipped = 96 << 20

// workbookMu lets one workbook be read at a time: excelize holds several times a workbook's
// unpacked size while it reads, so the loader's workers reading eight crafted workbooks at
// once took gigabytes; one at a time, a load holds at most one.
var workbookMu sync.Mutex

// errNotList says a workbook has no sheet with a list header.
var errNotList = errors.New("no sheet with a project list header")

// readListXLSX reads the list sheets of a workbook; errNotList when it has none, another error
// when it is not a workbook excelize can read.
func readListXLSX(file string, b []byte, budget *Budget) (lf *listFile, err error) {
	workbookMu.Lock()
	defer workbookMu.Unlock()
	wb, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzipped,
	})
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	lf = &listFile{xlsx: true, budget: budget}
	sheets := wb.GetSheetList()
	found := false
	for _, sheet := range sheets {
		formula := func(col, row int) bool {
			cell, err := excelize.CoordinatesToCellName(col+1, row)
			if err != nil {
				return false
			}
			f, err := wb.GetCellFormula(sheet, cell)
			return err == nil && f != ""
		}
		rows, err := wb.Rows(sheet)
		if err == nil {
			var isList bool
			isList, err = readSheet(file, sheet, sheetRows{rows}, len(sheets) > 1, formula, lf)
			found = found || isList
			_ = rows.Close()
		}
		if err != nil {
			lf.warn(data.NewProblem(file, 0, "list_sheet_unreadable", "Sheet", sheet, "Error", err.Error()))
		}
	}
	if !found {
		return nil, errNotList
	}
	lf.finish(file)
	return lf, nil
}

// sheetRows reads a sheet's rows one at a time, as they are in the workbook (a row it lacks
// reads as empty), values raw: a date cell comes as its day number.
type sheetRows struct{ rows *excelize.Rows }

func (r sheetRows) next() bool { return r.rows.Next() }

func (r sheetRows) cells() ([]string, error) {
	return r.rows.Columns(excelize.Options{RawCellValue: true})
}

// readSheet reads one sheet's rows into lf, and reports whether it is a list. many says the
// workbook has several sheets, so that a row is named with its sheet; formula says whether
// the cell at a column (from 0) and row (from 1) holds a formula. The rows past a bound (see
// listbound.go) are counted without their cells being read.
func readSheet(file, sheet string, rows sheetRows, many bool, formula func(col, row int) bool, lf *listFile) (bool, error) {
	n := 0
	var head []string
	for head == nil || emptyRow(head) {
		if !rows.next() {
			return false, nil
		}
		n++
		var err error
		if head, err = rows.cells(); err != nil {
			return false, err
		}
	}
	h, ok := readListHeader(head)
	if !ok {
		return false, nil
	}
	name := ""
	if many {
		name = sheet
	}
	lf.period, lf.periodName, lf.codeAt = h.period, h.periodName(), h.at[colCode]
	for rows.next() {
		n++
		if lf.over != "" { // past a bound: counted, not read
			lf.overBound(file, n, name)
			continue
		}
		row, err := rows.cells()
		if err != nil {
			return true, err
		}
		cells, controls := sheetCells(row)
		v, err := placeRow(h, cells, true)
		if err == nil {
			formulasWithoutValue(file, name, n, h, cells, formula, lf)
		}
		lf.read(file, n, name, cells, v, err)
		if controls {
			pr := data.NewProblem(file, n, "control_chars", "Lines", strconv.Itoa(n))
			pr.Sheet = name
			lf.warn(pr)
		}
	}
	return true, nil
}

// formulasWithoutValue warns of each empty date or amount cell of row n that holds a formula:
// a workbook written by a program that does not compute formulas saves none of their values,
// and the figure is unknown.
func formulasWithoutValue(file, sheet string, n int, h listHeader, cells []string, formula func(col, row int) bool, lf *listFile) {
	for _, c := range []listColumn{colStart, colEnd, colGranted, colRealised, colPlanned, colRealisedPublic} {
		i := h.at[c]
		if i < 0 || (i < len(cells) && strings.TrimSpace(cells[i]) != "") || !formula(i, n) {
			continue
		}
		name, _ := excelize.CoordinatesToCellName(i+1, n)
		pr := data.NewProblem(file, n, "formula_no_value", "Cell", name)
		pr.Sheet = sheet
		lf.warn(pr)
	}
}

// sheetCells are a row's cells as a list's CSV would give them: control characters dropped
// (controls says some were) and a whole number's ".0" dropped.
func sheetCells(row []string) (cells []string, controls bool) {
	cells = make([]string, len(row))
	for j, c := range row {
		v, dropped := decode.DropControls(c)
		controls = controls || len(dropped) > 0
		cells[j] = wholeNumber(v) // a line break stays: a summary has paragraphs (see oneLineValue)
	}
	return cells, controls
}

func emptyRow(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// wholeNumber drops the ".0" a whole number may carry.
func wholeNumber(s string) string {
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int64(f)) && len(s) > 2 && s[len(s)-2:] == ".0" {
		return strconv.FormatInt(int64(f), 10)
	}
	return s
}
