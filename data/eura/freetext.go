package eura

import (
	"strings"
	"unicode"

	"vertailu/data"
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

// joinTexts joins the lines gathered for each text into the project's strings, all cut from
// one new string (a project keeps its texts, not the file they were cut from; one allocation
// for its 22 texts, not one a text).
func (p *parser) joinTexts() {
	pr := p.proj
	texts := make([]joinedText, 0, len(textSections)+len(data.GenderQuestions)+len(data.Criteria)) // on the stack
	for i, to := range [len(textSections)]*string{&pr.Summary, &pr.TargetGroups.Primary, &pr.TargetGroups.Indirect, &pr.FinalReport} {
		texts = append(texts, joinedText{p.text[i].trimmed(), "", to})
	}
	for i := range p.genderLines {
		texts = append(texts, joinedText{p.genderLines[i], "\n", &pr.GenderEquality[i].Text})
	}
	for i := range p.justifications {
		texts = append(texts, joinedText{p.justifications[i], "\n", &pr.Sustainability[i].Justification})
	}
	n := 0
	for _, t := range texts {
		n += t.len()
	}
	var b strings.Builder
	b.Grow(n)
	for _, t := range texts {
		t.writeTo(&b)
	}
	all := b.String()
	for _, t := range texts {
		*t.to, all = all[:t.len()], all[t.len():]
	}
}

// joinedText is a text to join: its parts, what stands between them, and where it goes.
type joinedText struct {
	parts []string
	sep   string
	to    *string
}

// len is the joined text's length in bytes.
func (t joinedText) len() int {
	if len(t.parts) == 0 {
		return 0
	}
	n := len(t.sep) * (len(t.parts) - 1)
	for _, s := range t.parts {
		n += len(s)
	}
	return n
}

func (t joinedText) writeTo(b *strings.Builder) {
	for i, s := range t.parts {
		if i > 0 {
			b.WriteString(t.sep)
		}
		b.WriteString(s)
	}
}
