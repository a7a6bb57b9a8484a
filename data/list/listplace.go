package list

import (
	"errors"
	"strings"
)

// Placing a row's cells in the list's columns. A row is read by the header's positions when
// its cells fit the header and every value is of its column's kind (a status where the status
// is, dates and amounts where they are); a row with more cells than the header (the raw file,
// or the raw file opened in a spreadsheet, which splits it at every comma) is recovered by its
// status anchor (recoverRow) when the header is one of the service's. Anything else is not
// read, never read with shifted values: a row's figures are certain or the row is a counted
// problem naming its line.

// errEmptyRow says a row holds nothing: no project, and no problem.
var errEmptyRow = errors.New("empty row")

// placeRow places the cells of one row in h's columns. xlsx says the cells are a workbook's:
// a date may be a day number, and a row may end before the header does (empty cells are not
// written).
func placeRow(h listHeader, cells []string, xlsx bool) (rowValues, error) {
	last := len(cells) - 1
	for last >= 0 && strings.TrimSpace(cells[last]) == "" {
		last--
	}
	if last < 0 {
		return rowValues{}, errEmptyRow
	}
	used := last + 1 // the cells up to the last that holds anything
	if used <= h.cells && (len(cells) >= h.cells || xlsx) {
		v := byHeader(h, cells)
		err := plausible(h, &v, xlsx)
		if err == nil || used < h.cells || !h.standard {
			return v, err
		}
	}
	if len(cells) < h.cells && !xlsx {
		return rowValues{}, errListRowShort
	}
	if !h.standard {
		return rowValues{}, errListCells
	}
	// The service's columns, split at commas: recovered by the status anchor. A raw row has
	// exactly its cells; a spreadsheet pads every row with empty cells to the widest (its
	// header too), and a workbook does not write empty cells at the end, so there the row
	// takes as many trailing empty cells as an empty last amount needs.
	if !xlsx && !h.padded {
		v, err := recoverRow(cells, h.period, xlsx)
		if err != nil {
			return v, err
		}
		return v, plausible(h, &v, xlsx)
	}
	var err error
	for keep := used; keep <= used+4; keep++ {
		var v rowValues
		if v, err = recoverRow(padCells(cells, keep), h.period, xlsx); err == nil {
			return v, plausible(h, &v, xlsx)
		}
	}
	return rowValues{}, err
}

// padCells is the first n cells, empty ones added when there are fewer.
func padCells(cells []string, n int) []string {
	if n <= len(cells) {
		return cells[:n]
	}
	return append(cells[:len(cells):len(cells)], make([]string, n-len(cells))...)
}

// byHeader reads the cells at the header's positions.
func byHeader(h listHeader, cells []string) rowValues {
	var v rowValues
	for c, i := range h.at {
		if i >= 0 && i < len(cells) {
			v[c] = strings.TrimSpace(cells[i])
		}
	}
	return v
}

// plausible checks that every value is of its column's kind: a code, a status (one of the
// service's, or at least no date, amount or axis), an axis, dates and amounts. A value of
// another kind means the cells are shifted.
func plausible(h listHeader, v *rowValues, xlsx bool) error {
	if v[colCode] == "" || (h.period == period2021 && !codeLike(v[colCode])) {
		return errListNoCode
	}
	if h.at[colStatus] >= 0 && v[colStatus] != "" && !isListStatus(v[colStatus]) &&
		(isListDate(v[colStatus], xlsx) || isListAmount(v[colStatus])) {
		return errListShifted
	}
	if a := v[colAxis]; a != "" && h.at[colAxis] >= 0 && !axisLike(a) {
		return errListShifted
	}
	for _, c := range []listColumn{colStart, colEnd} {
		if d := v[c]; d != "" && !isListDate(d, xlsx) && !dateLike(d) {
			return errListShifted
		}
	}
	for _, c := range moneyColumns {
		if m := v[c]; m != "" && !isListAmount(m) {
			return errListShifted
		}
	}
	return nil
}

// codeLike reports whether s can be a project code (S20634, A70301, EURA 2021's codes): one
// word of letters and digits, a digit among them. The EURA 2021 export's footer rows have
// none: they are not projects.
func codeLike(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r == ' ' || r == '\u00a0' || r == '\t':
			return false
		}
	}
	return digit && len(s) <= 24
}

// axisLike reports whether s can be an axis: a number ("2", a workbook's "2"), or a number
// with the axis's name after it ("3. Työllisyys ja työvoiman liikkuvuus").
func axisLike(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i <= 2 && (i == len(s) || s[i] == '.' || s[i] == ' ')
}

// dateLike reports whether s is written as a date is, though no date of a layout lists use
// ("04/01/08", "31.2.2015"): read as unknown with a warning, not a sign of shifted cells.
func dateLike(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == '/' || r == '-' || r == ' ' || r == ':':
		default:
			return false
		}
	}
	return digits >= 3 && !isListAmount(s)
}
