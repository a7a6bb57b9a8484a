package list

import (
	"strconv"
	"strings"
	"time"

	"vertailu/data"
)

// The values of a list's cells as the service and spreadsheet programs write them: dates as
// 1.4.2008, 01.04.08 (a Finnish-locale spreadsheet: a two-digit year is 20YY), ISO, with a
// time after them, or a workbook's day number; amounts as whole euros or with cents after a
// point or a comma, with spaces or no-break spaces between the thousands, a minus sign (the
// service's corrections), a euro sign, or a workbook's number ("4.43909E5").

// dateLayouts are the layouts a list's date may have, a time after it dropped first.
var dateLayouts = []string{"2.1.2006", "2.1.06", "2006-1-2"}

// parseListDate reads a list's date; xlsx allows a workbook's day number (days since
// 30.12.1899), which in a CSV is an amount, not a date.
func parseListDate(s string, xlsx bool) (time.Time, bool) {
	if t, ok := dmy(s); ok { // 1.4.2008, as the service writes them
		return t, true
	}
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " T"); i > 0 {
		s = s[:i] // "2008-04-01T00:00:00", "1.4.2008 0:00"
	}
	if xlsx {
		if days, err := strconv.ParseFloat(s, 64); err == nil {
			if days < 1 || days > 200000 {
				return time.Time{}, false
			}
			return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)), true
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if l == "2.1.06" {
				t = t.AddDate(2000+t.Year()%100-t.Year(), 0, 0) // 20YY, never 19YY
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// dmy reads D.M.YYYY quickly; ok=false for anything else (left to time.Parse).
func dmy(s string) (time.Time, bool) {
	var n [3]int
	part, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			n[part] = n[part]*10 + int(c-'0')
			digits++
		case c == '.' && part < 2 && digits > 0 && digits <= 2:
			part, digits = part+1, 0
		default:
			return time.Time{}, false
		}
	}
	if part != 2 || digits != 4 || n[1] < 1 || n[1] > 12 || n[0] < 1 {
		return time.Time{}, false
	}
	t := time.Date(n[2], time.Month(n[1]), n[0], 0, 0, 0, 0, time.UTC)
	if t.Day() != n[0] { // 31.2.2016: no such day
		return time.Time{}, false
	}
	return t, true
}

// isListDate reports whether s is a date as lists write them.
func isListDate(s string, xlsx bool) bool {
	_, ok := parseListDate(s, xlsx)
	return ok
}

// listDate reads a list's date, warning of one that cannot be read or is out of range.
func listDate(w *warner, s string, xlsx bool) data.Date {
	if s == "" {
		return data.Date{}
	}
	t, ok := parseListDate(s, xlsx)
	if !ok {
		return w.date(s) // unknown, with the warning a description's date gets
	}
	if t.Year() < data.FirstYear || t.Year() > data.LastYear {
		return w.date(t.Format("2.1.2006")) // unknown, with the warning of its range
	}
	return data.Date{Time: t}
}

// parseListAmount reads a list's amount in whole euros, cents rounded half away from zero;
// ok=false when s is no amount.
func parseListAmount(s string) (int64, bool) {
	if len(s) <= 15 && data.AllDigits(s) { // whole euros, as the service writes them
		v, err := strconv.ParseInt(s, 10, 64)
		return v, err == nil
	}
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\u2009', '€':
			return -1
		}
		return r
	}, s)
	neg := strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−")
	if strings.ContainsAny(s, "eE") { // a workbook's number in exponent form
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f >= 1e15 {
			return 0, false
		}
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	whole, frac, hasFrac := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	if !data.AllDigits(whole) || (hasFrac && !data.AllDigits(frac)) || len(whole) > 15 {
		return 0, false
	}
	v, _ := strconv.ParseInt(whole, 10, 64)
	if hasFrac && frac[0] >= '5' {
		v++ // half a euro or more: away from zero, as the sign is applied after
	}
	if neg {
		v = -v
	}
	return v, true
}

// isListAmount reports whether s is an amount as lists write them.
func isListAmount(s string) bool {
	_, ok := parseListAmount(s)
	return ok
}

// listAmount reads a list's amount. A negative one is the service's correction: kept as it is
// (it counts in every sum) and warned of, naming the line. Cents are rounded to the euro, half
// away from zero, as descriptions give whole euros.
func listAmount(w *warner, s string) data.Int {
	s = strings.TrimSpace(s)
	if s == "" {
		return data.Int{}
	}
	v, ok := parseListAmount(s)
	switch {
	case !ok:
		w.warnRow("number_unreadable", "Value", s)
		return data.Int{}
	case v > data.MaxFigure || v < -data.MaxFigure:
		w.warnRow("figure_large", "Value", s)
		return data.Int{}
	case v < 0:
		w.warnRow("figure_negative_kept", "Value", s)
	}
	return data.KnownInt(v)
}
