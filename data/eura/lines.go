package eura

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
