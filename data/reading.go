package data

import (
	"strconv"
	"strings"
	"time"
)

// What every reader of a format shares: how many warnings a file keeps, the bounds of a figure
// and of a date, and the statuses and funds projects have.

// MaxWarnings bounds the warnings one file keeps: a file of a million stray lines says so in
// one warning, not in a million.
const MaxWarnings = 100

// MaxFigure is the largest euro figure or count read as known: Finland's whole structural-fund
// programme is a few billion euros, so anything over 10^12 is a typing or export error. Sums
// of such figures stay far inside what int64 and float64 hold exactly.
const MaxFigure = 1_000_000_000_000

// Dates outside these years are typing errors (0.1.0000, 1.1.9999), not project periods.
const FirstYear, LastYear = 1990, 2100

// KnownStatuses are the statuses the services write, in their spelling.
var KnownStatuses = []string{"Toiminta päättynyt", "Toiminnassa", "Keskeytynyt"}

// NewProblem makes a Problem of code at line (0: the whole file) with args in name, value
// pairs, for the catalogue to word.
func NewProblem(file string, line int, code string, args ...string) Problem {
	return Problem{File: file, Line: line, Code: code, Args: args}
}

// ReadDate reads a date as Finnish texts write it (d.m.yyyy). A date that cannot be read, or
// whose year is out of range, is unknown, with the problem code and arguments that say why.
func ReadDate(s string) (d Date, code string, args []string) {
	t, err := time.Parse("2.1.2006", strings.TrimSpace(s))
	if err != nil {
		return Date{}, "date_unreadable", []string{"Value", s}
	}
	if t.Year() < FirstYear || t.Year() > LastYear {
		return Date{}, "date_range", []string{"Value", s, "First", strconv.Itoa(FirstYear), "Last", strconv.Itoa(LastYear)}
	}
	return Date{t}, "", nil
}

// AllDigits reports whether s is a non-empty run of ASCII digits.
func AllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// FundOfCode is the fund a project code names: S… is the ESF (ESR), A… the ERDF (EAKR).
func FundOfCode(code string) string {
	switch {
	case strings.HasPrefix(code, "S"):
		return "ESR"
	case strings.HasPrefix(code, "A"):
		return "EAKR"
	}
	return ""
}

// nonNil is s, or an empty slice for nil, so that JSON writes [] and not null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Canonical returns the known spelling of v when it matches one ignoring case (a value in
// CAPITALS), else v as it is.
func Canonical(v string, known []string) string {
	for _, k := range known {
		if strings.EqualFold(k, v) {
			return k
		}
	}
	if v != "" && v == strings.ToUpper(v) && strings.ToLower(v) != v {
		r := []rune(strings.ToLower(v))
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		return string(r)
	}
	return v
}
