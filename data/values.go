package data

import (
	"strconv"
	"strings"
	"time"
)

// Reading the values of fields: figures, dates, lists, spellings.

// Dates outside these years are typing errors (0.1.0000, 1.1.9999), not project periods.
const firstYear, lastYear = 1990, 2100

func (p *parser) date(l line, s string) Date {
	t, err := time.Parse("2.1.2006", strings.TrimSpace(s))
	if err != nil {
		p.warn(l.n, "date_unreadable", "Value", s)
		return Date{}
	}
	if t.Year() < firstYear || t.Year() > lastYear {
		p.warn(l.n, "date_range", "Value", s, "First", strconv.Itoa(firstYear), "Last", strconv.Itoa(lastYear))
		return Date{}
	}
	return Date{t}
}

// amount reads whole euros or a count: "95 084", "95\u00a0084", "95084 €". Empty and "-" are
// unknown; so is anything unreadable, with a warning.
func (p *parser) amount(l line, v string) Int {
	s := strings.TrimSpace(v)
	if s == "" || s == "-" || s == "–" {
		return Int{}
	}
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\u2009', '€', '\t':
			return -1
		}
		return r
	}, s)
	s = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(s), "eur"), "euroa")
	if whole, frac, ok := strings.Cut(s, ","); ok && strings.Trim(frac, "0") == "" {
		s = whole
	}
	n, err := strconv.ParseInt(s, 10, 64)
	switch {
	case err == nil && n < 0, err != nil && strings.HasPrefix(s, "-") && allDigits(s[1:]):
		p.warn(l.n, "figure_negative", "Value", v)
		return Int{}
	case err == nil && n > MaxFigure, err != nil && allDigits(s):
		p.warn(l.n, "figure_large", "Value", v)
		return Int{}
	case err != nil:
		p.warn(l.n, "number_unreadable", "Value", v)
		return Int{}
	}
	return KnownInt(n)
}

// MaxFigure is the largest euro figure or count read as known: Finland's whole structural-fund
// programme is a few billion euros, so anything over 10^12 is a typing or export error. Sums
// of such figures stay far inside what int64 and float64 hold exactly.
const MaxFigure = 1_000_000_000_000

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func email(v string) string {
	v = strings.ReplaceAll(v, "(at)", "@")
	return strings.ReplaceAll(v, "(AT)", "@")
}

func list(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" && s != "-" {
			out = append(out, s)
		}
	}
	return out
}

// canonical returns the known spelling of v when it matches one ignoring case (a value in
// CAPITALS), else v as it is.
func canonical(v string, known []string) string {
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

// equalsAnyFold reports whether s is one of words, ignoring case.
func equalsAnyFold(s string, words ...string) bool {
	for _, w := range words {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
