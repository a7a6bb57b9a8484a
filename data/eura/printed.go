package eura

import (
	"regexp"
	"strconv"
	"strings"
)

// A description printed to PDF is read as the text of its pages, by the same label parser,
// with what printing does undone: a value wrapped onto the next line continues the field above
// it, a criterion name of 8.2 wrapped onto the next line is one criterion, and the header and
// footer lines a browser prints on every page are not text. The PDF itself is read by a
// PDFReader the caller gives the loader (the app and the command line give PDFium's); without
// one, PDFs are skipped as before.

// pagesUnread is the warning on a PDF of which the reader read the first read pages of total;
// nil when it read them all.
func pagesUnread(read, total int) []string {
	if total <= read {
		return nil
	}
	return []string{"Count", strconv.Itoa(total - read), "Read", strconv.Itoa(read)}
}

// printedText joins the pages' lines, leaving out the lines a browser prints at the top or the
// bottom of every page (its date, title, address and page number), and returns for each line
// the page it is on.
func printedText(pages []string) (string, []int) {
	split := make([][]string, len(pages))
	for i, p := range pages {
		split[i] = strings.Split(strings.ReplaceAll(strings.ReplaceAll(p, "\r\n", "\n"), "\r", "\n"), "\n")
	}
	repeated := pageFurniture(split)
	var lines []string
	var from []int
	for i, ls := range split {
		for _, l := range ls {
			if repeated[furnitureKey(l)] {
				continue
			}
			lines = append(lines, l)
			from = append(from, i+1)
		}
	}
	return strings.Join(lines, "\n"), from
}

// digits matches runs of digits: a page's number and the print time differ from page to page.
var digits = regexp.MustCompile(`\d+`)

func furnitureKey(l string) string { return digits.ReplaceAllString(strings.TrimSpace(l), "#") }

// pageFurniture is the set of lines (by furnitureKey) that stand among the first two or the
// last two lines of every page of a document of two pages or more.
func pageFurniture(pages [][]string) map[string]bool {
	out := map[string]bool{}
	if len(pages) < 2 {
		return out
	}
	count := map[string]int{}
	for _, ls := range pages {
		seen := map[string]bool{}
		for _, i := range []int{0, 1, len(ls) - 2, len(ls) - 1} {
			if i < 0 || i >= len(ls) || strings.TrimSpace(ls[i]) == "" {
				continue
			}
			k := furnitureKey(ls[i])
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	for k, n := range count {
		if n == len(pages) {
			out[k] = true
		}
	}
	return out
}

// joinWrapped puts back on one line what printing wrapped onto the next: a heading, a label
// (a long gender-equality question, say) and a criterion name of 8.2, each when the line alone
// is not one and the two together are.
func joinWrapped(lines []line) []line {
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if i+1 < len(lines) && l.text != "" && lines[i+1].text != "" {
			if joined := l.text + " " + lines[i+1].text; wrappedPair(l.text, lines[i+1].text, joined) {
				out = append(out, line{n: l.n, text: joined})
				i++
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// wrappedPair reports whether a and b are one heading, label line or criterion line that
// printing wrapped.
func wrappedPair(a, b, joined string) bool {
	switch {
	case isHeadingLine(joined) && !isHeadingLine(a):
		return true
	case isLabelLine(joined) && !isLabelLine(a) && !isLabelLine(b):
		return true
	}
	return isCriterionLine(joined) && !isScore(a) && !isCriterionLine(b)
}

// isHeadingLine reports whether t is a section heading.
func isHeadingLine(t string) bool {
	if t == "" || len(t) > maxHeading || !mayBeHeading(t) {
		return false
	}
	_, ok := headingOf(t)
	return ok
}

// isLabelLine reports whether t begins with a label the parser knows.
func isLabelLine(t string) bool {
	name, _, ok := strings.Cut(t, ":")
	return ok && len(name) <= maxHeading && knownLabel(name) != ""
}

// isCriterionLine reports whether t is the score line of a known criterion.
func isCriterionLine(t string) bool {
	m, ok := scores(t)
	return ok && criterionIndex(m.criterion) >= 0
}

func isScore(t string) bool {
	_, ok := scores(t)
	return ok
}
