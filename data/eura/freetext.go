package eura

import (
	"strings"
	"unicode"
)

// The free texts: the summary (3), the target groups (4.1, 4.2) and the final report (9).

// addText appends a line of free text to the current section, keeping paragraphs: any run of
// blank lines becomes one paragraph break.
func (p *parser) addText(l line) {
	sec := p.sec
	if sec == secTargets {
		sec = secPrimary
	}
	for i, s := range textSections {
		if s == sec {
			p.text[i].add(l.text)
			return
		}
	}
}

// textSections are the sections of free text, in the order of scratch.text.
var textSections = [...]section{secSummary, secPrimary, secIndirect, secFinal}

// freeText gathers the lines of a free text as slices of the file; (*parser).keep joins them
// once, at the end, into the project's own memory.
type freeText struct {
	parts []string // lines and the line or paragraph breaks between them
	n     int      // their length in bytes
}

func (t *freeText) reset() {
	clear(t.parts) // let go of the last file's text
	t.parts, t.n = t.parts[:0], 0
}

// trimmed returns the parts without the paragraph break a text may end in and without space
// at either end: what strings.TrimSpace of the joined text would leave.
func (t *freeText) trimmed() []string {
	parts := t.parts
	for len(parts) > 0 && strings.TrimSpace(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
	}
	for len(parts) > 0 && strings.TrimSpace(parts[0]) == "" {
		parts = parts[1:]
	}
	if len(parts) == 0 {
		return nil
	}
	parts[0] = strings.TrimLeftFunc(parts[0], unicode.IsSpace)
	parts[len(parts)-1] = strings.TrimRightFunc(parts[len(parts)-1], unicode.IsSpace)
	return parts
}

func (t *freeText) add(line string) {
	last := ""
	if len(t.parts) > 0 {
		last = t.parts[len(t.parts)-1]
	}
	switch {
	case line == "":
		if t.n > 0 && last != "\n\n" {
			t.push("\n\n")
		}
		return
	case t.n > 0 && last != "\n\n":
		t.push("\n")
	}
	t.push(line)
}

func (t *freeText) push(s string) {
	t.parts = append(t.parts, s)
	t.n += len(s)
}

// joinTexts joins the lines gathered for each text into the project's strings, each a new
// string (a project keeps its texts, not the file they were cut from).
func (p *parser) joinTexts() {
	pr := p.proj
	texts := [len(textSections)]*string{&pr.Summary, &pr.TargetGroups.Primary, &pr.TargetGroups.Indirect, &pr.FinalReport}
	for i, t := range texts {
		*t = joinNew(p.text[i].trimmed(), "")
	}
	for i := range p.genderLines {
		pr.GenderEquality[i].Text = joinNew(p.genderLines[i], "\n")
	}
	for i := range p.justifications {
		pr.Sustainability[i].Justification = joinNew(p.justifications[i], "\n")
	}
}

// joinNew is strings.Join that always returns a new string, even of one part.
func joinNew(parts []string, sep string) string {
	if len(parts) == 0 {
		return ""
	}
	n := len(sep) * (len(parts) - 1)
	for _, s := range parts {
		n += len(s)
	}
	var b strings.Builder
	b.Grow(n)
	for i, s := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
	}
	return b.String()
}
