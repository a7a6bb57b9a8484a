package list

import (
	"strings"

	"vertailu/data"
)

// The information service's project list exports ("projektilista", CSV) quote nothing, and
// names, authorities and implementers hold commas, so most rows split into too many fields;
// so does a list opened in a spreadsheet program, which splits the raw rows at every comma,
// and saved again. A row is still unambiguous: the status is the one field that anchors it,
// two dates follow it, the last four fields are the money and the implementer lies between;
// before the status, the last one-digit field is the priority axis, the name lies left of it
// (in 2007–2013 with the programme part just before the axis) and the authority right of it.
// recoverRow recovers the fields that way, from the cells the row was split into.

// listPeriod is which programme period's header a list has.
type listPeriod int

const (
	period2014 listPeriod = iota // Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,…
	period2007                   // Koodi,Rahasto,Projektin nimi,Ohjelma / osio,Tl,Viranomainen,Toiminnan tila,…
	period2021                   // the EURA 2021 export: Hankekoodi ,Ryhmähanketunnus,Rahasto,…
)

// Period names the programme period of a list of period p as projects give it.
func (p listPeriod) Period() string {
	switch p {
	case period2007:
		return data.Period2007
	case period2021:
		return data.Period2021
	}
	return data.Period2014
}

// rowValues are one row's values by column.
type rowValues [listColumns]string

// listRowError is why a row could not be read: the code of the problem that says so.
type listRowError string

func (e listRowError) Error() string { return string(e) }

const (
	errListRowShort  listRowError = "list_row_short"     // too few fields
	errListNoStatus  listRowError = "list_row_no_status" // no status followed by two dates
	errListNoAxis    listRowError = "list_row_no_axis"   // no axis number before the status
	errListBadAmount listRowError = "list_row_amounts"   // the last four fields are not amounts
	errListNoCode    listRowError = "list_row_no_code"   // no project code
	errListCells     listRowError = "list_row_cells"     // the cells do not fit the header
	errListShifted   listRowError = "list_row_shifted"   // a value not of its column's kind
)

// recoverRow recovers the values of one row of a list export of the period from the cells it
// was split into at every comma (joined back with commas where a value held them). xlsx says
// the cells are a workbook's, whose dates may be day numbers.
func recoverRow(cells []string, period listPeriod, xlsx bool) (rowValues, error) {
	parts := make([]string, len(cells))
	for i := range cells {
		parts[i] = strings.TrimSpace(cells[i])
	}
	join := func(from, to int) string { return strings.TrimSpace(strings.Join(cells[from:to], ",")) }
	n := len(parts)
	minFields := 13
	if period == period2007 {
		minFields = 14
	}
	if n < minFields {
		return rowValues{}, errListRowShort
	}
	for _, m := range parts[n-4:] {
		if m != "" && !isListAmount(m) {
			return rowValues{}, errListBadAmount
		}
	}
	s := statusIndex(parts, xlsx)
	if s < 0 {
		return rowValues{}, errListNoStatus
	}
	lastName := 2 // the name's first field; in 2007–2013 the programme part is one more
	if period == period2007 {
		lastName = 3
	}
	axis := -1
	for i := s - 1; i > lastName; i-- {
		if isAxis(parts[i]) {
			axis = i
			break
		}
	}
	if axis < 0 {
		return rowValues{}, errListNoAxis
	}
	var v rowValues
	v[colCode], v[colFund], v[colAxis] = parts[0], parts[1], parts[axis]
	v[colStatus], v[colStart], v[colEnd] = parts[s], parts[s+1], parts[s+2]
	nameEnd := axis
	if period == period2007 {
		v[colProgramme] = parts[axis-1]
		nameEnd = axis - 1
	}
	v[colName] = join(2, nameEnd)
	v[colAuthority] = join(axis+1, s)
	v[colImplementer] = join(s+3, n-4)
	copy(v[colGranted:], parts[n-4:])
	return v, nil
}

// isAxis reports whether s is a priority axis as lists give it: one digit (a workbook's number
// cell may say "2.0": sheetCells makes it "2").
func isAxis(s string) bool { return len(s) == 1 && data.AllDigits(s) }

// statusIndex is the index of the last field that is a status with two dates (or empty fields)
// after it and the four amounts after those, or -1.
func statusIndex(parts []string, xlsx bool) int {
	for i := len(parts) - 7; i >= 3; i-- {
		if !isListStatus(parts[i]) {
			continue
		}
		if datePlace(parts[i+1], xlsx) && datePlace(parts[i+2], xlsx) {
			return i // a date may be missing or no date (31.2.2016): the row is read and the date unknown
		}
	}
	return -1
}

// datePlace reports whether s can stand where a date does: empty, a date, or written as one.
func datePlace(s string, xlsx bool) bool { return s == "" || isListDate(s, xlsx) || dateLike(s) }

// isListStatus reports whether s is one of the statuses a list gives.
func isListStatus(s string) bool {
	for _, k := range data.KnownStatuses {
		if strings.EqualFold(s, k) {
			return true
		}
	}
	return false
}
