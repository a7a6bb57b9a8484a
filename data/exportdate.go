package data

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The date of an export: officers download the lists again and again, and which of two is
// newer is what makes them a time series (see series.go). The EURA 2021 export says its date
// in a footer row; a list's file name often carries one (lista_2016-08-23.csv, 23.8.2016);
// failing both, the file's modification time.

// DateFrom says where an export's date came from.
type DateFrom string

// The places an export's date is read from, the most trusted first.
const (
	DateSet      DateFrom = "set"      // the officer set it (remembered per file)
	DateFooter   DateFrom = "footer"   // the export says it (the EURA 2021 footer)
	DateName     DateFrom = "name"     // a date in the file's name
	DateModified DateFrom = "modified" // the file's modification time
)

var (
	nameYMD     = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)[-_.](\d{1,2})[-_.](\d{1,2})(?:\D|$)`)
	nameDMY     = regexp.MustCompile(`(?:^|\D)(\d{1,2})[._-](\d{1,2})[._-]((?:19|20)\d\d)(?:\D|$)`)
	nameCompact = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)(\d\d)(\d\d)(?:\D|$)`)
)

// DateInName returns the date a file name carries: 2016-08-23 (or with _ or .), 23.8.2016
// (or 23-08-2016), 20160823; the last one when there are several, as a name says what it is
// first and when last (lista-2014-2020_2016-08-23.csv). Only the last element of a path is
// looked at; ok=false when it holds no valid date.
func DateInName(name string) (Date, bool) {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	best, at := Date{}, -1
	try := func(re *regexp.Regexp, y, m, d int) {
		for _, loc := range re.FindAllStringSubmatchIndex(name, -1) {
			part := func(k int) int {
				n, _ := strconv.Atoi(name[loc[2*k]:loc[2*k+1]])
				return n
			}
			if date, ok := ValidDate(part(y), part(m), part(d)); ok && loc[0] > at {
				best, at = date, loc[0]
			}
		}
	}
	try(nameYMD, 1, 2, 3)
	try(nameDMY, 3, 2, 1)
	try(nameCompact, 1, 2, 3)
	return best, at >= 0
}

// ValidDate is y-m-d when it is a day of the calendar.
func ValidDate(y, m, d int) (Date, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100 {
		return Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return Date{}, false // 31.2.
	}
	return Date{t}, true
}

// ExportDate is when an export was made, and where that was read.
type ExportDate struct {
	Date Date
	From DateFrom
}

// ExportDateOf decides the date of a list file at rel: the footer's when it gave one (found),
// else one in the name, else modified (the zero time when unknown), and set (an officer's
// correction) before them all.
func ExportDateOf(rel string, found Date, modified time.Time, set Date) ExportDate {
	switch {
	case set.Known():
		return ExportDate{set, DateSet}
	case found.Known():
		return ExportDate{found, DateFooter}
	}
	if d, ok := DateInName(rel); ok {
		return ExportDate{d, DateName}
	}
	if modified.IsZero() {
		return ExportDate{}
	}
	y, m, d := modified.Date()
	return ExportDate{NewDate(y, m, d), DateModified}
}
