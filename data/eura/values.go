package eura

import (
	"strconv"
	"strings"

	"vertailu/data"
)

// Reading the values of fields: figures, dates, lists, spellings.

// date reads a date (d.m.yyyy): unknown, with a warning, when it cannot be read or its year is
// out of range.
func (p *parser) date(l line, s string) data.Date {
	d, code, args := data.ReadDate(s)
	if code != "" {
		p.warn(l.n, code, args...)
	}
	return d
}

// amount reads whole euros or a count: "95 084", "95\u00a0084", "95084 €". Empty and "-" are
// unknown; so is anything unreadable, with a warning.
func (p *parser) amount(l line, v string) data.Int {
	s := strings.TrimSpace(v)
	if s == "" || s == "-" || s == "–" {
		return data.Int{}
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
	case err == nil && n < 0, err != nil && strings.HasPrefix(s, "-") && data.AllDigits(s[1:]):
		p.warn(l.n, "figure_negative", "Value", v)
		return data.Int{}
	case err == nil && n > data.MaxFigure, err != nil && data.AllDigits(s):
		p.warn(l.n, "figure_large", "Value", v)
		return data.Int{}
	case err != nil:
		p.warn(l.n, "number_unreadable", "Value", v)
		return data.Int{}
	}
	return data.KnownInt(n)
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
