package data

import (
	"strings"
	"time"
)

// The information service's project list exports ("projektilista", CSV) quote nothing, and
// names, authorities and implementers hold commas, so most rows split into too many fields.
// A row is still unambiguous: the status is the one field that anchors it, two dates follow
// it, the last four fields are the money and the implementer lies between; before the status,
// the last one-digit field is the priority axis, the name lies left of it (in 2007–2013 with
// the programme part just before the axis) and the authority right of it. splitListRow
// recovers the fields that way.

// listPeriod is which programme period's header a list has.
type listPeriod int

const (
	period2014 listPeriod = iota // Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,…
	period2007                   // Koodi,Rahasto,Projektin nimi,Ohjelma / osio,Tl,Viranomainen,Toiminnan tila,…
)

// listRow is one row of a project list, its fields recovered.
type listRow struct {
	code, fund, name, programme, axis, authority, status, start, end, implementer string
	money                                                                         [4]string // granted and realised EU+state, planned and realised public
}

// listRowError is why a row could not be recovered: the code of the problem that says so.
type listRowError string

func (e listRowError) Error() string { return string(e) }

const (
	errListRowShort  listRowError = "list_row_short"     // too few fields
	errListNoStatus  listRowError = "list_row_no_status" // no status followed by two dates
	errListNoAxis    listRowError = "list_row_no_axis"   // no axis number before the status
	errListBadAmount listRowError = "list_row_amounts"   // the last four fields are not amounts
)

// splitListRow recovers the fields of one row of a list export of the period.
func splitListRow(row string, period listPeriod) (listRow, error) {
	raw := strings.Split(strings.TrimRight(row, "\r"), ",") // joined back as they were
	parts := make([]string, len(raw))
	for i := range raw {
		parts[i] = strings.TrimSpace(raw[i])
	}
	join := func(from, to int) string { return strings.TrimSpace(strings.Join(raw[from:to], ",")) }
	n := len(parts)
	minFields := 13
	if period == period2007 {
		minFields = 14
	}
	if n < minFields {
		return listRow{}, errListRowShort
	}
	for _, m := range parts[n-4:] {
		if m != "" && !isListAmount(m) {
			return listRow{}, errListBadAmount
		}
	}
	s := statusIndex(parts)
	if s < 0 {
		return listRow{}, errListNoStatus
	}
	first := 2 // the name's first field
	lastName := 2
	if period == period2007 {
		lastName = 3 // the programme part is one more field
	}
	axis := -1
	for i := s - 1; i > lastName; i-- {
		if len(parts[i]) == 1 && allDigits(parts[i]) {
			axis = i
			break
		}
	}
	if axis < 0 {
		return listRow{}, errListNoAxis
	}
	r := listRow{code: parts[0], fund: parts[1], axis: parts[axis], status: parts[s], start: parts[s+1], end: parts[s+2]}
	nameEnd := axis
	if period == period2007 {
		r.programme = parts[axis-1]
		nameEnd = axis - 1
	}
	r.name = join(first, nameEnd)
	r.authority = join(axis+1, s)
	r.implementer = join(s+3, n-4)
	copy(r.money[:], parts[n-4:])
	return r, nil
}

// statusIndex is the index of the last field that is a status with two dates (or empty fields)
// after it and the four amounts after those, or -1.
func statusIndex(parts []string) int {
	for i := len(parts) - 7; i >= 3; i-- {
		if !isListStatus(parts[i]) {
			continue
		}
		if (parts[i+1] == "" || isListDate(parts[i+1])) && (parts[i+2] == "" || isListDate(parts[i+2])) {
			return i // a date may be missing: the row is read and the date unknown
		}
	}
	return -1
}

// isListStatus reports whether s is one of the statuses a list gives.
func isListStatus(s string) bool {
	for _, k := range knownStatuses {
		if strings.EqualFold(s, k) {
			return true
		}
	}
	return false
}

// isListDate reports whether s is a date as lists write them (D.M.YYYY).
func isListDate(s string) bool {
	_, err := time.Parse("2.1.2006", s)
	return err == nil
}

// isListAmount reports whether s is an amount as lists write them: whole euros, or with cents
// after a point ("97216.29"); a minus sign too, so that the row is read and the figure warned
// of.
func isListAmount(s string) bool {
	whole, cents, ok := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	return allDigits(whole) && (!ok || allDigits(cents))
}
