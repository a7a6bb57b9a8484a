package data

import (
	"regexp"
	"strings"
)

// The lines of a description as the parser reads them: line ends, spaces and stray markup
// made plain.

var (
	markupOnly    = regexp.MustCompile(`^[\s|*#:\-_=>]*$`)
	markdownImage = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
)

// cleanLines appends the lines of text to out, trimming trailing space and dropping stray markup
// lines ("![]() |", "| --- |") but keeping blank lines (they separate paragraphs) and every
// line's original number.
func cleanLines(out []line, text string) []line {
	if n := strings.Count(text, "\n") + 1; cap(out) < n {
		out = make([]line, 0, n)
	}
	out = out[:0]
	i := -1
	for s := range strings.SplitSeq(text, "\n") {
		i++
		if s != "" && s[len(s)-1] <= ' ' { // most lines end in a letter
			s = strings.TrimRight(s, " \f\v")
		}
		if s != "" && strings.ContainsAny(s[:1], " \t|*#:-_=>!") {
			stripped := markdownImage.ReplaceAllString(s, "")
			if markupOnly.MatchString(stripped) {
				s = "" // a stray markup line separates like a blank line
			}
			s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "|"))
		} else if strings.HasSuffix(s, "|") {
			s = strings.TrimSpace(strings.TrimSuffix(s, "|"))
		}
		out = append(out, line{n: i + 1, text: s})
	}
	return out
}

// plainSpaces turns the spaces that copying from web pages and word processors brings — tabs,
// no-break, thin and figure spaces — into plain ones, so that labels, headings, figures and
// scores match whatever space stands between their words. It is done once on a file's text,
// one kind at a time (strings.Contains and ReplaceAll search far faster than a loop over runes).
func plainSpaces(s string) string {
	for _, sp := range []string{"\t", "\u00a0", "\u2007", "\u2009", "\u202f"} {
		if strings.Contains(s, sp) {
			s = strings.ReplaceAll(s, sp, " ")
		}
	}
	return s
}
