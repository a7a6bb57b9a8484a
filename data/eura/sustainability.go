package eura

import (
	"strconv"
	"strings"

	"vertailu/data"
)

// Section 8.2, sustainable development: 15 criteria with direct and indirect scores.

// startsSustainability reports whether a line belongs to section 8.2 in a file whose heading
// was stripped: the column headings, a dimension heading or a known criterion with scores.
func (p *parser) startsSustainability(l line) bool {
	if p.sec < secIndicators || p.sec == secFinal || l.text == "" {
		return false
	}
	if isColumnHeadings(l.text) || dimensionOf(l.text) >= 0 {
		return true
	}
	m, ok := scores(l.text)
	return ok && criterionIndex(m.criterion) >= 0
}

// isColumnHeadings matches "VälitönVälillinen", the direct and indirect column headings, and a
// table's heading row with the criterion column's title before them ("Kriteeri Välitön
// Välillinen", as a saved page gives it).
func isColumnHeadings(t string) bool {
	const headings = "VälitönVälillinen"
	if len(t) >= 60 || len(t) < len(headings) || t[len(t)-1] != 'n' && t[len(t)-1] != 'N' { // most lines: no allocation
		return false
	}
	s := strings.ReplaceAll(t, " ", "")
	if len(s) < len(headings) {
		return false
	}
	head, tail := s[:len(s)-len(headings)], s[len(s)-len(headings):]
	return strings.EqualFold(tail, headings) && len(head) <= 24 && !strings.ContainsAny(head, "0123456789")
}

// dimensionOf returns the dimension a heading line names, or -1.
func dimensionOf(t string) data.Dimension {
	for _, d := range data.Dimensions {
		if strings.EqualFold(t, d.Finnish()) {
			return d
		}
	}
	return -1
}

// scoreLine is a criterion line of section 8.2: "<criterion> <direct> <indirect>".
type scoreLine struct {
	criterion, direct, indirect string
}

// scores matches "<criterion> <direct> <indirect>" (two runs of ASCII digits, each after white
// space, ending the line), like the regular expression `^(.*\S)\s+(\d+)\s+(\d+)$` but
// without its cost on every line.
func scores(t string) (scoreLine, bool) {
	rest, indirect, ok := trailingNumber(t)
	if !ok {
		return scoreLine{}, false
	}
	name, direct, ok := trailingNumber(rest)
	if !ok || name == "" {
		return scoreLine{}, false
	}
	return scoreLine{name, direct, indirect}, true
}

// trailingNumber splits "<rest><space><digits>" into rest (trailing space trimmed) and digits.
func trailingNumber(t string) (rest, digits string, ok bool) {
	i := len(t)
	for i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
		i--
	}
	if i == len(t) {
		return "", "", false
	}
	j := i
	for j > 0 && isSpaceByte(t[j-1]) {
		j--
	}
	if j == i {
		return "", "", false
	}
	return t[:j], t[i:], true
}

// isSpaceByte is \s of Go's regular expressions: tab, newline, form feed, return and space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// sustainability reads section 8.2: the column headings, dimension headings, criterion lines
// "<criterion> <direct> <indirect>" and the justification lines that follow each.
func (p *parser) sustainability(l line) {
	t := l.text
	if t == "" {
		return
	}
	if isColumnHeadings(t) {
		return
	}
	if d := dimensionOf(t); d >= 0 {
		p.dimension = d
		return
	}
	if m, ok := scores(t); ok {
		if i := criterionIndex(m.criterion); i >= 0 || p.criterion+1 < len(data.Criteria) {
			p.setCriterion(l, i, m)
			return
		}
	}
	if p.criterion < 0 {
		p.warn(l.n, "unexpected_line", "Section", "8.2", "Value", shorten(t, 60))
		return
	}
	p.justifications[p.criterion] = append(p.justifications[p.criterion], t)
}

// foldedCriteria holds the criteria names folded, for names spelled without accents.
var foldedCriteria = func() (f [15]string) {
	for i, c := range data.Criteria {
		f[i] = data.Fold(c.Finnish)
	}
	return f
}()

func criterionIndex(name string) int {
	name = strings.TrimSpace(name)
	for i, c := range data.Criteria {
		if strings.EqualFold(c.Finnish, name) {
			return i
		}
	}
	f := data.Fold(name)
	for i := range foldedCriteria {
		if foldedCriteria[i] == f {
			return i
		}
	}
	return -1
}

func (p *parser) setCriterion(l line, i int, m scoreLine) {
	if i < 0 {
		i = p.criterion + 1
		p.warn(l.n, "criterion_unknown", "Value", shorten(m.criterion, 60), "Criterion", data.Criteria[i].Finnish)
	}
	p.criterion = i
	p.criteria++
	c := &p.proj.Sustainability[i]
	c.Direct = p.score(l, m.direct)
	c.Indirect = p.score(l, m.indirect)
}

func (p *parser) score(l line, s string) data.Int {
	n, err := strconv.Atoi(s)
	if err != nil || n > 10 {
		p.warn(l.n, "score_range", "Value", s)
		return data.Int{}
	}
	return data.KnownInt(int64(n))
}
