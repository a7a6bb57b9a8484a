package data

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// A list export saved as a workbook (XLSX, read with excelize): every sheet whose first
// non-empty row is a list header gives projects, one per row (a workbook with one sheet per
// region has been seen). Values are read raw, so that dates come as day numbers and amounts
// as plain numbers whatever the cells' formats.

// maxUnzipped bounds what a workbook may unpack to: a real list is a few megabytes, and a
// crafted one must not fill the memory.
const maxUnzipped = 256 << 20

// errNotList says a workbook has no sheet with a list header.
var errNotList = errors.New("no sheet with a project list header")

// readListXLSX reads the list sheets of a workbook; errNotList when it has none, another error
// when it is not a workbook excelize can read.
func readListXLSX(file string, b []byte) (lf *listFile, err error) {
	wb, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzipped,
	})
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	lf = &listFile{xlsx: true}
	sheets := wb.GetSheetList()
	found := false
	for _, sheet := range sheets {
		rows, err := wb.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			lf.warn(problem(file, 0, "list_sheet_unreadable", "Sheet", sheet, "Error", err.Error()))
			continue
		}
		if readSheet(file, sheet, rows, len(sheets) > 1, lf) {
			found = true
		}
	}
	if !found {
		return nil, errNotList
	}
	lf.finish(file)
	return lf, nil
}

// readSheet reads one sheet's rows into lf, and reports whether it is a list. many says the
// workbook has several sheets, so that a row is named with its sheet.
func readSheet(file, sheet string, rows [][]string, many bool, lf *listFile) bool {
	head := 0
	for head < len(rows) && emptyRow(rows[head]) {
		head++
	}
	if head == len(rows) {
		return false
	}
	h, ok := readListHeader(rows[head])
	if !ok {
		return false
	}
	name := ""
	if many {
		name = sheet
	}
	for i := head + 1; i < len(rows); i++ {
		cells, controls := sheetCells(rows[i])
		n := i + 1
		v, err := placeRow(h, cells, true)
		lf.read(file, n, name, cells, v, err)
		if controls {
			pr := problem(file, n, "control_chars", "Lines", strconv.Itoa(n))
			pr.Sheet = name
			lf.warn(pr)
		}
	}
	return true
}

// sheetCells are a row's cells as a list's CSV would give them: control characters dropped
// (controls says some were), line breaks made spaces, and a whole number's ".0" dropped.
func sheetCells(row []string) (cells []string, controls bool) {
	cells = make([]string, len(row))
	for j, c := range row {
		v, dropped := dropControls(c)
		controls = controls || len(dropped) > 0
		cells[j] = wholeNumber(strings.ReplaceAll(v, "\n", " "))
	}
	return cells, controls
}

func emptyRow(cells []string) bool {
	for _, c := range cells {
		if trimCell(c) != "" {
			return false
		}
	}
	return true
}

// trimCell drops the spaces around a cell's value, and the ".0" a whole number may carry.
func trimCell(s string) string { return wholeNumber(strings.TrimSpace(s)) }

// wholeNumber drops the ".0" a whole number may carry.
func wholeNumber(s string) string {
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int64(f)) && len(s) > 2 && s[len(s)-2:] == ".0" {
		return strconv.FormatInt(int64(f), 10)
	}
	return s
}
