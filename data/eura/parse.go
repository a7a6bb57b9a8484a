// Package eura reads a project description as the EURA 2014 service prints it (the text of
// "Hankkeen kuvaus", saved as text, as a web page or printed to PDF) into a data.Project: its
// labels, sections, free texts, scores and figures, with a warning for every line it could not
// read. The readers of saved pages and PDFs give it their text (Input); it never reads bytes of
// those formats itself.
package eura

import (
	"strconv"
	"strings"

	"vertailu/data"
	"vertailu/data/decode"
)

// Input is a description's text as the reader of its format gives it.
type Input struct {
	Text []byte // the text (a text file's bytes; a page's or a PDF's text, as UTF-8)
	// From is, for each line of Text, the line of the saved page (or the page of the PDF) it
	// began on, so that warnings name the original's lines; nil for a text file.
	From    []int
	Printed bool     // the text of a printed PDF: a value may wrap onto the next line
	Unread  []string // a PDF's pages left unread: the arguments of pdf_pages_unread
}

// Printed is the Input of a printed PDF whose reader gave pages of total: the lines a browser
// prints on every page left out.
func Printed(pages []string, total int) Input {
	text, from := printedText(pages)
	return Input{Text: []byte(text), From: from, Printed: true, Unread: pagesUnread(len(pages), total)}
}

// Scratch is what a parse needs only while it runs. A loader's worker keeps one from file to
// file, so that the line index and the text pieces are not allocated afresh for every file.
// The zero value is ready.
type Scratch struct {
	lines  []line
	labels map[string]int
	text   [len(textSections)]freeText

	// Lines of the texts that are not free-text sections, joined once at the end (joining
	// as they come would take time quadratic in the text's length).
	genderLines    [len(data.GenderQuestions)][]string
	justifications [len(data.Criteria)][]string
}

// reset readies the scratch for the next file.
func (s *Scratch) reset() {
	if s.labels == nil {
		s.labels = make(map[string]int, len(fields))
	}
	clear(s.labels)
	for i := range s.text {
		s.text[i].reset()
	}
	for _, lines := range [][][]string{s.genderLines[:], s.justifications[:]} {
		for i := range lines {
			clear(lines[i]) // let go of the last file's text
			lines[i] = lines[i][:0]
		}
	}
}

// ParseInput reads the description in, as Parse does, with the caller's scratch.
func ParseInput(file string, in Input, sc *Scratch) (*data.Project, error) {
	b, from, printed := in.Text, in.From, in.Printed
	d, ok := decode.Bytes(b)
	if !ok {
		return nil, &data.NotDescriptionError{File: file, Reason: data.NewProblem(file, 0, "binary")}
	}
	sc.lines = cleanLines(sc.lines[:0], d.Text)
	for i := range sc.lines {
		sc.lines[i].n = onPage(sc.lines[i].n, from)
	}
	if printed {
		sc.lines = joinWrapped(sc.lines)
	}
	if code := classify(sc.lines); code != "" {
		if from != nil && code == "no_labels" {
			code = "html_page" // a web page, but not of a description
			if printed {
				code = "pdf_no_labels"
			}
		}
		return nil, &data.NotDescriptionError{File: file, Reason: data.NewProblem(file, 0, code)}
	}
	sc.reset()
	p := &parser{file: file, Scratch: sc, proj: &data.Project{File: file}, page: from != nil, printed: printed}
	if d.Encoding != "" {
		p.warn(0, "not_utf8", "Encoding", d.Encoding)
	}
	for _, w := range []struct {
		code  string
		lines []int
	}{{"control_chars", d.Controls}, {"not_utf8_lines", d.BadLines}} {
		if len(w.lines) > 0 {
			for i, n := range w.lines {
				w.lines[i] = onPage(n, from)
			}
			p.warn(w.lines[0], w.code, "Lines", decode.LineList(w.lines))
		}
	}
	if in.Unread != nil {
		p.warn(0, "pdf_pages_unread", in.Unread...)
	}
	p.run()
	p.proj.Derived = data.Derive(p.proj)
	kind := data.SourceDescription
	switch {
	case printed:
		kind = data.SourcePDF
	case from != nil:
		kind = data.SourcePage
	}
	p.proj.Sources = []data.Source{{Kind: kind, File: file, Funding: p.proj.Funding}}
	return p.proj, nil
}

// onPage is the line of a saved page that line n of its text began on (see pageText); n itself
// for any other file.
func onPage(n int, from []int) int {
	if n >= 1 && n <= len(from) {
		return from[n-1]
	}
	return n
}

// line is one cleaned line with its number in the file.
type line struct {
	n    int
	text string
}

// parser holds the state of one Parse.
type parser struct {
	*Scratch // lines, labels met, free texts and the lines of the other texts
	file     string
	proj     *data.Project
	page     bool // the text of a saved web page or a printed PDF
	printed  bool // the text of a printed PDF: a value may wrap onto the next line
	last     *lastField

	sec       section
	seen      [10]bool // top-level sections met (by heading or by their labels)
	headings  int      // numbered section headings met
	planned   int      // "Suunniteltu:" labels met without a 7.1/7.2 heading
	gender    int      // the gender question being read, -1 before the first
	criterion int      // the criterion being read, -1 before the first
	criteria  int      // criteria lines read
	dimension data.Dimension
	docType   string
	dropped   int // warnings past data.MaxWarnings, counted but not kept
}

// warn records problem code at line n (0 for the whole file); args are the catalogue
// message's placeholders and values in pairs.
func (p *parser) warn(n int, code string, args ...string) {
	if len(p.proj.Warnings) >= data.MaxWarnings {
		p.dropped++
		return
	}
	p.proj.Warnings = append(p.proj.Warnings, data.NewProblem(p.file, n, code, args...))
}

func (p *parser) run() {
	p.gender, p.criterion = -1, -1
	p.proj.NameQuestions()
	for _, l := range p.lines {
		p.line(l)
	}
	p.finish()
}

// lastField is the field a printed PDF's label line set: the next line may continue it.
type lastField struct {
	f     field
	l     line
	value string
}

func (p *parser) line(l line) {
	t := l.text
	if p.last != nil {
		if p.continues(t) { // printing wrapped the value above
			p.last.value += " " + strings.TrimSpace(t)
			return
		}
		p.flush()
	}
	if p.sec == secNone {
		if decode.ContainsFold(t, "hankkeen kuvaus") {
			p.docType = t
			return
		}
		if hasPrefixFold(t, "euroopan unioni") {
			return
		}
	}
	if t != "" && len(t) <= maxHeading && mayBeHeading(t) {
		if s, ok := headingOf(t); ok {
			p.enter(s, true)
			return
		}
	}
	if p.label(l) {
		return
	}
	if p.sec != secSustainable && p.startsSustainability(l) {
		p.enter(secSustainable, false)
	}
	switch p.sec {
	case secGender:
		p.genderText(l)
	case secSustainable:
		p.sustainability(l)
	case secApplicant, secCoImpl:
		if p.coImplementer(l) {
			return
		}
		if t != "" {
			// Free text after section 2 with the heading of section 3 stripped.
			p.enter(secSummary, false)
			p.addText(l)
		}
	case secProject, secFunding, secArea, secSite, secIndicators, secCompanies, secPersons, secPrinciples, secNone:
		if t != "" && !(p.page && p.sec == secNone) { // a page's own header stands before section 1
			p.warn(l.n, "unexpected_line", "Section", strconv.Itoa(p.sec.top()), "Value", shorten(t, 60))
		}
	default:
		p.addText(l)
	}
}

// enter moves to section s; heading says whether a heading line said so.
func (p *parser) enter(s section, heading bool) {
	if heading && s.top() >= 1 && s != secCoImpl && s != secSite {
		p.headings++
	}
	p.sec = s
	p.seen[s.top()] = true
}

// finish moves the texts into the project, settles the fund and says what is missing.
// continues reports whether line t of a printed PDF continues the value of the label line
// above it: it is neither a label line nor a heading.
func (p *parser) continues(t string) bool {
	return t != "" && !isLabelLine(t) && !isHeadingLine(t)
}

// flush sets the field a printed PDF's label line began, now that its value is whole.
func (p *parser) flush() {
	if l := p.last; l != nil {
		p.last = nil
		l.f.set(p, l.l, l.value)
	}
}

func (p *parser) finish() {
	p.flush()
	pr := p.proj
	pr.Period = data.Period2014 // a EURA 2014 description: the programme of 2014–2020
	p.setFund()
	p.joinTexts()
	if pr.FinalReport == "-" || pr.FinalReport == "–" {
		pr.FinalReport = ""
	}
	if p.criteria > 0 {
		p.seen[8] = true
	}
	p.checkComplete()
	p.checkFields()
	if p.dropped > 0 {
		p.proj.Warnings = append(p.proj.Warnings, data.NewProblem(p.file, 0, "more", "Count", strconv.Itoa(p.dropped)))
	}
	pr.EmptyLists()
}
