package data

import (
	"context"
	"strconv"
	"strings"

	"vertailu/data/page"

	"vertailu/data/decode"
)

// Parse reads one project description. file names it in problems. A file that is not a project
// description gives a *NotDescriptionError naming what it seems to be; anything else that is
// off becomes a warning on the project, with its line. Parse never panics.
func Parse(file string, b []byte) (*Project, error) {
	return parse(file, b, &scratch{})
}

// scratch is what a parse needs only while it runs. A loader's worker keeps one from file to
// file, so that the line index and the text pieces are not allocated afresh for every file.
type scratch struct {
	pdf    PDFReader       // reads PDFs; nil skips them
	ctx    context.Context // the load's, for the PDF reader; nil is context.Background
	rows   *rowBudget      // the load's, for the rows of project lists; nil is unbounded
	lines  []line
	labels map[string]int
	text   [len(textSections)]freeText
}

// reset readies the scratch for the next file.
func (s *scratch) reset() {
	if s.labels == nil {
		s.labels = make(map[string]int, len(fields))
	}
	clear(s.labels)
	for i := range s.text {
		s.text[i].reset()
	}
}

// parse is Parse with the caller's scratch.
func parse(file string, b []byte, sc *scratch) (*Project, error) {
	if len(b) == 0 {
		return nil, &NotDescriptionError{File: file, Reason: problem(file, 0, "empty")}
	}
	var from []int // a saved page's line, or a printed PDF's page, for each line of its text
	printed := false
	var unread []string // a PDF's pages left unread (pagesUnread)
	if what, ok := decode.Sniff(b); ok && (what.Code != "pdf" || sc.pdf == nil) {
		return nil, &NotDescriptionError{File: file, Reason: problem(file, 0, what.Code, what.Args...)}
	} else if ok {
		ctx := sc.ctx
		if ctx == nil {
			ctx = context.Background()
		}
		pages, total, err := sc.pdf.PageTexts(ctx, b)
		if code, args := pdfProblem(pages, err); code != "" {
			return nil, &NotDescriptionError{File: file, Reason: problem(file, 0, code, args...)}
		}
		unread = pagesUnread(len(pages), total)
		var text string
		text, from = printedText(pages)
		b, printed = []byte(text), true
	} else if page.Is(file, b) {
		var text string
		text, from = page.Text(b, "")
		b = []byte(text)
	} else if page.IsMHTML(file, b) {
		html, ct, ok := page.FromMHTML(b)
		if !ok {
			return nil, &NotDescriptionError{File: file, Reason: problem(file, 0, "mhtml_no_page")}
		}
		var text string
		text, from = page.Text(html, ct)
		b = []byte(text)
	}
	d, ok := decode.Bytes(b)
	if !ok {
		return nil, &NotDescriptionError{File: file, Reason: problem(file, 0, "binary")}
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
		return nil, &NotDescriptionError{File: file, Reason: problem(file, 0, code)}
	}
	sc.reset()
	p := &parser{file: file, scratch: sc, proj: &Project{File: file}, page: from != nil, printed: printed}
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
	if unread != nil {
		p.warn(0, "pdf_pages_unread", unread...)
	}
	p.run()
	p.proj.Derived = Derive(p.proj)
	kind := SourceDescription
	switch {
	case printed:
		kind = SourcePDF
	case from != nil:
		kind = SourcePage
	}
	p.proj.Sources = []Source{{Kind: kind, File: file, Funding: p.proj.Funding}}
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
	*scratch // lines, labels met and free texts
	file     string
	proj     *Project
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
	dimension Dimension
	docType   string

	// Lines of the texts that are not free-text sections, joined once at the end (joining
	// as they come would take time quadratic in the text's length).
	genderLines    [len(GenderQuestions)][]string
	justifications [len(Criteria)][]string
	dropped        int // warnings past maxWarnings, counted but not kept
}

// maxWarnings bounds the warnings one file keeps: a file of a million stray lines says so in
// one warning, not in a million.
const maxWarnings = 100

// warn records problem code at line n (0 for the whole file); args are the catalogue
// message's placeholders and values in pairs.
func (p *parser) warn(n int, code string, args ...string) {
	if len(p.proj.Warnings) >= maxWarnings {
		p.dropped++
		return
	}
	p.proj.Warnings = append(p.proj.Warnings, problem(p.file, n, code, args...))
}

func (p *parser) run() {
	p.gender, p.criterion = -1, -1
	p.proj.nameQuestions()
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
	pr.Period = Period2014 // a EURA 2014 description: the programme of 2014–2020
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
		p.proj.Warnings = append(p.proj.Warnings, problem(p.file, 0, "more", "Count", strconv.Itoa(p.dropped)))
	}
	pr.emptyLists()
}

// nameQuestions names the 15 criteria and the 3 gender questions, their answers unknown.
func (p *Project) nameQuestions() {
	for i, c := range Criteria {
		p.Sustainability[i] = Criterion{Dimension: c.Dimension, Criterion: c.Finnish}
	}
	for i, q := range GenderQuestions {
		p.GenderEquality[i] = GenderAnswer{Question: q}
	}
}

// emptyLists makes the lists that are nil empty: [] rather than null in JSON (empty, not
// unknown).
func (p *Project) emptyLists() {
	p.CoImplementers = nonNil(p.CoImplementers)
	p.Regions, p.Subregions, p.Municipalities = nonNil(p.Regions), nonNil(p.Subregions), nonNil(p.Municipalities)
	p.Missing, p.Warnings = nonNil(p.Missing), nonNil(p.Warnings)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
