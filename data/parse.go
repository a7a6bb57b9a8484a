package data

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
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
		return nil, &NotDescriptionError{File: file, Reason: "empty file"}
	}
	if what := sniff(b); what != "" {
		return nil, &NotDescriptionError{File: file, Reason: "not a project description: " + what}
	}
	d, ok := decode(b)
	if !ok {
		return nil, &NotDescriptionError{File: file, Reason: "not a project description: a binary file"}
	}
	sc.lines = cleanLines(sc.lines[:0], d.text)
	if reason := classify(sc.lines); reason != "" {
		return nil, &NotDescriptionError{File: file, Reason: reason}
	}
	sc.reset()
	p := &parser{file: file, scratch: sc, proj: &Project{File: file}}
	if d.encoding != "" {
		p.warn(0, "not UTF-8: read as %s", d.encoding)
	}
	if len(d.controls) > 0 {
		p.warn(d.controls[0], "control characters removed on line(s) %s", lineList(d.controls))
	}
	if len(d.badLines) > 0 {
		p.warn(d.badLines[0], "not UTF-8 on line(s) %s: those lines read as Windows-1252", lineList(d.badLines))
	}
	p.run()
	p.proj.Derived = Derive(p.proj)
	return p.proj, nil
}

// line is one cleaned line with its number in the file.
type line struct {
	n    int
	text string
}

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

// Documents that land in the same folders but are not descriptions, by a word in their head.
var otherDocuments = []struct{ word, what string }{
	{"esr-projektihakemus", "a 2007–2013 ESR project application form (ESR-PROJEKTIHAKEMUS)"},
	{"hankehakemus", "a EURA application form (Hankehakemus)"},
	{"hankesuunnitelma", "a project plan (Hankesuunnitelma)"},
	{"päätös", "a funding decision (Päätös)"},
	{"paatos", "a funding decision (Päätös)"},
	{"maksatushakemus", "a payment application (Maksatushakemus)"},
	{"loppuraportti", "a final report (Loppuraportti)"},
	{"väliraportti", "an interim report (Väliraportti)"},
}

// classify returns why the lines are not a project description, or "".
func classify(lines []line) string {
	if headSays(lines, 12, "hankkeen kuvaus") { // the usual case, without lower-casing the head
		return ""
	}
	head := headText(lines, 12)
	for _, o := range otherDocuments {
		if strings.Contains(head, o.word) {
			return "not a project description: " + o.what
		}
	}
	labels := 0
	for _, l := range lines {
		for _, key := range []string{"hankekoodi:", "hankkeen nimi:", "toimintalinja:", "hakijan virallinen nimi:", "myönnetty eu- ja valtion rahoitus:"} {
			if hasPrefixFold(l.text, key) {
				labels++
			}
		}
	}
	if labels >= 2 {
		return ""
	}
	if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype") {
		return "not a project description: an HTML page (save the page as plain text)"
	}
	return "not a project description: text without the labels of one (Hankekoodi:, Hankkeen nimi:) — a note?"
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// containsFold reports whether s contains word, a lower-case ASCII word, ignoring case.
func containsFold(s, word string) bool {
	first := word[0]
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == first && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// headSays reports whether one of the first n non-blank lines contains word (see containsFold).
func headSays(lines []line, n int, word string) bool {
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		if containsFold(l.text, word) {
			return true
		}
		if n--; n == 0 {
			break
		}
	}
	return false
}

func headText(lines []line, n int) string {
	var b strings.Builder
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		b.WriteString(strings.ToLower(l.text[:min(len(l.text), 160)])) // a title is shorter
		b.WriteByte('\n')
		if n--; n == 0 {
			break
		}
	}
	return b.String()
}

// section identifies a part of the document; sub-sections are tens (41 is 4.1).
type section int

const (
	secNone        section = 0
	secProject     section = 10
	secApplicant   section = 20
	secCoImpl      section = 25
	secSummary     section = 30
	secTargets     section = 40
	secPrimary     section = 41
	secIndirect    section = 42
	secFunding     section = 50
	secArea        section = 60
	secSite        section = 65
	secIndicators  section = 70
	secCompanies   section = 71
	secPersons     section = 72
	secPrinciples  section = 80
	secGender      section = 81
	secSustainable section = 82
	secFinal       section = 90
)

// top returns the numbered top-level section (1–9).
func (s section) top() int { return int(s) / 10 }

// headings are the section heading lines, matched whole and case-insensitively.
var headings = map[string]section{
	"1 hanke":               secProject,
	"2 hakijan perustiedot": secApplicant,
	"osatoteuttajat":        secCoImpl,
	"3 suunnitelman mukainen tiivistelmä toteutuksesta":                        secSummary,
	"4 hankkeen kohderyhmät":                                                   secTargets,
	"4.1 varsinaiset kohderyhmät":                                              secPrimary,
	"4.2 välilliset kohderyhmät":                                               secIndirect,
	"5 projektin julkinen rahoitus, euroa":                                     secFunding,
	"6 maantieteellinen kohdealue":                                             secArea,
	"toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa":            secSite,
	"7 hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista": secIndicators,
	"7.1 osallistuvien yritysten lukumäärä":                                    secCompanies,
	"7.2 osallistuvien henkilöiden lukumäärä":                                  secPersons,
	"8 horisontaaliset periaatteet":                                            secPrinciples,
	"8.1 sukupuolten tasa-arvo":                                                secGender,
	"8.2 kestävä kehitys":                                                      secSustainable,
	"9 loppuraportin tiivistelmä":                                              secFinal,
}

// mayBeHeading is a cheap test before the heading lookup: headings start with a section number
// or are one of the two unnumbered ones.
func mayBeHeading(t string) bool {
	c := t[0]
	return (c >= '1' && c <= '9' || c == 'O' || c == 'o' || c == 'T' || c == 't') && len(headingsByLength[len(t)]) > 0
}

// headingsByLength holds the headings by their byte length (lower-casing keeps it).
var headingsByLength = func() (n [maxHeading + 1][]string) {
	for h := range headings {
		n[len(h)] = append(n[len(h)], h)
	}
	return n
}()

// headingOf returns the section a heading line starts, matched whole and case-insensitively.
func headingOf(t string) (section, bool) {
	for _, h := range headingsByLength[len(t)] {
		if strings.EqualFold(t, h) {
			return headings[h], true
		}
	}
	return 0, false
}

// maxHeading is the length of the longest heading or label, in bytes.
const maxHeading = 100

// field is one labelled value: the section it belongs to and where it goes.
type field struct {
	sec   section
	label string // lower case, without the colon
	set   func(p *parser, l line, v string)
}

// fields lists every label of the document. Labels that occur twice (addresses, "Suunniteltu")
// are told apart by the section they are met in.
var fields = []field{
	{secProject, "hankekoodi", (*parser).setCode},
	{secProject, "hankkeen nimi", func(p *parser, _ line, v string) { p.proj.Name = v }},
	{secProject, "toimintalinja", func(p *parser, _ line, v string) { p.proj.PriorityAxis = v }},
	{secProject, "erityistavoite", func(p *parser, _ line, v string) { p.proj.SpecificObjective = v }},
	{secProject, "suunnitelman mukainen toteutusaika", (*parser).setPeriod},
	{secProject, "toiminnan tila", func(p *parser, _ line, v string) { p.proj.Status = canonical(v, knownStatuses) }},
	{secProject, "vastuuviranomainen", func(p *parser, _ line, v string) { p.proj.Authority = canonical(v, nil) }},
	{secApplicant, "hakijan virallinen nimi", func(p *parser, _ line, v string) { p.proj.Applicant.Name = v }},
	{secApplicant, "organisaatiotyyppi", func(p *parser, _ line, v string) { p.proj.Applicant.OrgType = v }},
	{secApplicant, "y-tunnus", func(p *parser, _ line, v string) { p.proj.Applicant.BusinessID = v }},
	{secApplicant, "puhelinnumero", func(p *parser, _ line, v string) { p.proj.Applicant.Phone = v }},
	{secApplicant, "www-osoite", func(p *parser, _ line, v string) { p.proj.Applicant.Website = v }},
	{secApplicant, "hankkeen yhteyshenkilön nimi", func(p *parser, _ line, v string) { p.proj.Applicant.ContactName = v }},
	{secApplicant, "yhteyshenkilön asema hakijaorganisaatiossa", func(p *parser, _ line, v string) { p.proj.Applicant.ContactRole = v }},
	{secApplicant, "yhteyshenkilön sähköpostisoite", func(p *parser, _ line, v string) { p.proj.Applicant.ContactEmail = email(v) }},
	{secApplicant, "yhteyshenkilön sähköpostiosoite", func(p *parser, _ line, v string) { p.proj.Applicant.ContactEmail = email(v) }},
	{secApplicant, "yhteyshenkilön puhelinnumero", func(p *parser, _ line, v string) { p.proj.Applicant.ContactPhone = v }},
	{secApplicant, "hakijoiden lukumäärä tai tuen siirto -menettely", func(p *parser, _ line, v string) { p.proj.Applicants = v }},
	{secFunding, "myönnetty eu- ja valtion rahoitus", func(p *parser, l line, v string) { p.proj.Funding.GrantedEUState = p.amount(l, v) }},
	{secFunding, "toteutunut eu- ja valtion rahoitus", func(p *parser, l line, v string) { p.proj.Funding.RealisedEUState = p.amount(l, v) }},
	{secFunding, "suunniteltu julkinen rahoitus yhteensä", func(p *parser, l line, v string) { p.proj.Funding.PlannedPublicTotal = p.amount(l, v) }},
	{secFunding, "toteutunut julkinen rahoitus yhteensä", func(p *parser, l line, v string) { p.proj.Funding.RealisedPublicTotal = p.amount(l, v) }},
	{secArea, "maakunnat", func(p *parser, _ line, v string) { p.proj.Regions = list(v) }},
	{secArea, "seutukunnat", func(p *parser, _ line, v string) { p.proj.Subregions = list(v) }},
	{secArea, "kunnat", func(p *parser, _ line, v string) { p.proj.Municipalities = list(v) }},
	{secCompanies, "toteutunut seurantatietojen mukaan", func(p *parser, l line, v string) {
		p.proj.Indicators.CompaniesRealised = p.amount(l, v)
	}},
	// The address labels and "Suunniteltu" are routed by section in (*parser).label.
}

// Labels that occur in more than one section.
const (
	labelStreet     = "jakeluosoite"
	labelPostalCode = "postinumero"
	labelCity       = "postitoimipaikka"
	labelPlanned    = "suunniteltu"
)

var knownStatuses = []string{"Toiminta päättynyt", "Toiminnassa", "Keskeytynyt"}

// parser holds the state of one Parse.
type parser struct {
	*scratch // lines, labels met and free texts
	file     string
	proj     *Project

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

func (p *parser) warn(n int, format string, args ...any) {
	if len(p.proj.Warnings) >= maxWarnings {
		p.dropped++
		return
	}
	p.proj.Warnings = append(p.proj.Warnings, Problem{File: p.file, Line: n, Message: fmt.Sprintf(format, args...)})
}

func (p *parser) run() {
	p.gender, p.criterion = -1, -1
	for i := range p.proj.Sustainability {
		c := Criteria[i]
		p.proj.Sustainability[i] = Criterion{Dimension: c.Dimension, Criterion: c.Finnish}
	}
	for i, q := range GenderQuestions {
		p.proj.GenderEquality[i] = GenderAnswer{Question: q}
	}
	for _, l := range p.lines {
		p.line(l)
	}
	p.finish()
}

func (p *parser) line(l line) {
	t := l.text
	if p.sec == secNone {
		if containsFold(t, "hankkeen kuvaus") {
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
		if t != "" {
			p.warn(l.n, "unexpected line in section %d: %q", p.sec.top(), shorten(t, 60))
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

// label reads a "Label: value" line if its label is known here; it reports whether it did.
func (p *parser) label(l line) bool {
	name, value, ok := strings.Cut(l.text, ":")
	if !ok || len(name) > maxHeading {
		return false
	}
	key := knownLabel(name)
	value = strings.TrimSpace(value)
	if p.sec != secFinal && p.genderQuestion(l, key, value) {
		return true
	}
	if p.isFreeText() && !p.labelEndsText(key) {
		return false
	}
	switch key {
	case labelStreet, labelPostalCode, labelCity:
		p.address(key, strings.Clone(value))
		return true
	case labelPlanned:
		p.plannedCount(l, value)
		return true
	}
	if f, ok := fieldByLabel[key]; ok {
		if f.sec.top() > p.sec.top() || p.sec == secNone {
			p.enter(f.sec, false)
		}
		p.labels[key]++
		if p.labels[key] > 1 {
			p.warn(l.n, "%q given more than once; the last value is used", name)
		}
		// A value of its own, not a piece of the file's text: a project keeps its fields, not
		// the whole file (the text is memory of its own either way, see decode).
		f.set(p, l, strings.Clone(value))
		return true
	}
	return false
}

// fieldByLabel indexes fields by their lower-case label.
var fieldByLabel = func() map[string]field {
	m := make(map[string]field, len(fields))
	for _, f := range fields {
		m[f.label] = f
	}
	return m
}()

// labelsByLength holds every label the parser knows, in lower case, by byte length.
var labelsByLength = func() (n [maxHeading + 1][]string) {
	add := func(l string) { n[len(l)] = append(n[len(l)], l) }
	for _, f := range fields {
		add(f.label)
	}
	for _, l := range []string{labelStreet, labelPostalCode, labelCity, labelPlanned} {
		add(l)
	}
	for _, k := range genderKeys {
		add(k)
	}
	return n
}()

// knownLabel returns the label name is, in lower case, or "" when the parser knows no such
// label. It allocates nothing: every line with a colon in it asks.
func knownLabel(name string) string {
	name = strings.TrimSpace(name)
	if len(name) > maxHeading {
		return ""
	}
	for _, l := range labelsByLength[len(name)] {
		if strings.EqualFold(name, l) {
			return l
		}
	}
	if strings.Contains(name, "  ") { // "Hankkeen  nimi": rare, so only then a copy
		return knownLabel(strings.Join(strings.Fields(name), " "))
	}
	return ""
}

func (p *parser) isFreeText() bool {
	switch p.sec {
	case secSummary, secTargets, secPrimary, secIndirect, secFinal:
		return true
	}
	return false
}

// labelEndsText reports whether a label met inside free text belongs to a later section, so the
// text has ended (its heading stripped); a label of an earlier section is text.
func (p *parser) labelEndsText(key string) bool {
	if p.sec == secFinal {
		return false
	}
	if f, ok := fieldByLabel[key]; ok {
		return f.sec.top() > p.sec.top()
	}
	return false
}

// address routes the labels that section 2 and the single-site address of section 6 share.
func (p *parser) address(key, v string) {
	a := &p.proj.Applicant
	street, code, city := &a.Street, &a.PostalCode, &a.City
	if p.sec.top() >= 6 {
		street, code, city = &p.proj.Site.Street, &p.proj.Site.PostalCode, &p.proj.Site.City
		p.seen[6] = true
	} else if p.sec.top() < 2 {
		p.enter(secApplicant, false)
	}
	switch key {
	case labelStreet:
		*street = v
	case labelPostalCode:
		*code = v
	default:
		*city = v
	}
}

// plannedCount routes "Suunniteltu:": companies under 7.1, persons under 7.2, and in a file
// without those headings the first is companies and the second persons.
func (p *parser) plannedCount(l line, v string) {
	target := p.sec
	if target != secCompanies && target != secPersons {
		if p.planned == 0 {
			target = secCompanies
		} else {
			target = secPersons
		}
		p.planned++
		p.enter(secIndicators, false)
	}
	if target == secCompanies {
		p.proj.Indicators.CompaniesPlanned = p.amount(l, v)
	} else {
		p.proj.Indicators.PersonsPlanned = p.amount(l, v)
	}
}

func (p *parser) setCode(l line, v string) {
	p.proj.Code = strings.ToUpper(strings.ReplaceAll(v, " ", ""))
	p.proj.codeLine = l.n
	if !codePattern.MatchString(p.proj.Code) {
		p.warn(l.n, "project code %q is not of the form S12345 (ESR) or A12345 (EAKR)", v)
	}
}

var codePattern = regexp.MustCompile(`^[SA]\d{5}$`)

var periodPattern = regexp.MustCompile(`(?i)alkaa\s+(\S+)\s+ja\s+päättyy\s+(\S+)`)

func (p *parser) setPeriod(l line, v string) {
	m := periodPattern.FindStringSubmatch(v)
	if m == nil {
		if v != "" && v != "-" {
			p.warn(l.n, "cannot read the period %q (expected \"Alkaa D.M.YYYY ja päättyy D.M.YYYY\")", v)
		}
		return
	}
	p.proj.Start = p.date(l, m[1])
	p.proj.End = p.date(l, m[2])
	if p.proj.Start.Known() && p.proj.End.Known() && p.proj.End.Before(p.proj.Start.Time) {
		p.warn(l.n, "the period ends (%s) before it starts (%s)", m[2], m[1])
	}
}

// Dates outside these years are typing errors (0.1.0000, 1.1.9999), not project periods.
const firstYear, lastYear = 1990, 2100

func (p *parser) date(l line, s string) Date {
	t, err := time.Parse("2.1.2006", strings.TrimSpace(s))
	if err != nil {
		p.warn(l.n, "cannot read the date %q (expected D.M.YYYY)", s)
		return Date{}
	}
	if t.Year() < firstYear || t.Year() > lastYear {
		p.warn(l.n, "the date %q is outside %d–%d; read as unknown", s, firstYear, lastYear)
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
		p.warn(l.n, "the figure %q is negative; read as unknown", v)
		return Int{}
	case err == nil && n > MaxFigure, err != nil && allDigits(s):
		p.warn(l.n, "the figure %q is implausibly large (over 10^12); read as unknown", v)
		return Int{}
	case err != nil:
		p.warn(l.n, "cannot read the number %q", v)
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

var businessID = regexp.MustCompile(`^\d{7}-\d$`)

// coImplementer reads "Name, 1234567-8" after the Osatoteuttajat heading, or right after the
// applicant's fields in a file whose headings were stripped.
func (p *parser) coImplementer(l line) bool {
	t := l.text
	if t == "" {
		return true
	}
	i := strings.LastIndex(t, ",")
	if i < 0 {
		if p.sec == secCoImpl {
			p.warn(l.n, "co-implementer without a business ID: %q", shorten(t, 60))
			p.proj.CoImplementers = append(p.proj.CoImplementers, CoImplementer{Name: strings.Clone(t)})
			return true
		}
		return false
	}
	t = strings.Clone(t) // the project keeps the line, not the file (see label)
	name, id := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
	if !businessID.MatchString(id) {
		if p.sec == secCoImpl {
			p.warn(l.n, "co-implementer's business ID %q is not of the form 1234567-8", id)
			p.proj.CoImplementers = append(p.proj.CoImplementers, CoImplementer{Name: name, BusinessID: id})
			return true
		}
		return false
	}
	p.proj.CoImplementers = append(p.proj.CoImplementers, CoImplementer{Name: name, BusinessID: id})
	return true
}

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

// genderKeys are the gender questions as label keys (lower case).
var genderKeys = func() (k [3]string) {
	for i, q := range GenderQuestions {
		k[i] = strings.ToLower(q)
	}
	return k
}()

// genderQuestion reads "question: Kyllä|Ei".
func (p *parser) genderQuestion(l line, key, value string) bool {
	for i, q := range genderKeys {
		if q != key {
			continue
		}
		p.enter(secGender, false)
		p.gender = i
		a := &p.proj.GenderEquality[i]
		switch {
		case equalsAnyFold(value, "kyllä", "kylla", "yes"):
			a.Answer = Bool{V: true, Known: true}
		case equalsAnyFold(value, "ei", "no"):
			a.Answer = Bool{V: false, Known: true}
		case value == "", value == "-":
		default:
			p.warn(l.n, "gender-equality answer %q is neither Kyllä nor Ei", value)
		}
		return true
	}
	return false
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

func (p *parser) genderText(l line) {
	if p.gender < 0 || l.text == "" {
		if l.text != "" {
			p.warn(l.n, "unexpected line in section 8.1: %q", shorten(l.text, 60))
		}
		return
	}
	p.genderLines[p.gender] = append(p.genderLines[p.gender], l.text)
}

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

// isColumnHeadings matches "VälitönVälillinen", the direct and indirect column headings.
func isColumnHeadings(t string) bool {
	const headings = "VälitönVälillinen"
	if len(t) >= 40 || len(t) < len(headings) || t[0] != 'V' && t[0] != 'v' { // most lines: no allocation
		return false
	}
	return strings.EqualFold(strings.ReplaceAll(t, " ", ""), headings)
}

// dimensionOf returns the dimension a heading line names, or -1.
func dimensionOf(t string) Dimension {
	for _, d := range Dimensions {
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
		if i := criterionIndex(m.criterion); i >= 0 || p.criterion+1 < len(Criteria) {
			p.setCriterion(l, i, m)
			return
		}
	}
	if p.criterion < 0 {
		p.warn(l.n, "unexpected line in section 8.2: %q", shorten(t, 60))
		return
	}
	p.justifications[p.criterion] = append(p.justifications[p.criterion], t)
}

// foldedCriteria holds the criteria names folded, for names spelled without accents.
var foldedCriteria = func() (f [15]string) {
	for i, c := range Criteria {
		f[i] = Fold(c.Finnish)
	}
	return f
}()

func criterionIndex(name string) int {
	name = strings.TrimSpace(name)
	for i, c := range Criteria {
		if strings.EqualFold(c.Finnish, name) {
			return i
		}
	}
	f := Fold(name)
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
		p.warn(l.n, "unknown sustainability criterion %q, read as %q by its place", shorten(m.criterion, 60), Criteria[i].Finnish)
	}
	p.criterion = i
	p.criteria++
	c := &p.proj.Sustainability[i]
	c.Direct = p.score(l, m.direct)
	c.Indirect = p.score(l, m.indirect)
}

func (p *parser) score(l line, s string) Int {
	n, err := strconv.Atoi(s)
	if err != nil || n > 10 {
		p.warn(l.n, "sustainability score %s is outside 0–10; read as unknown", s)
		return Int{}
	}
	return KnownInt(int64(n))
}

// finish moves the texts into the project, settles the fund and says what is missing.
func (p *parser) finish() {
	pr := p.proj
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
		p.proj.Warnings = append(p.proj.Warnings, Problem{
			File:    p.file,
			Message: fmt.Sprintf("%d more problems in this file are not listed", p.dropped),
		})
	}
	// Lists are [] rather than null in JSON: empty, not unknown.
	pr.CoImplementers = nonNil(pr.CoImplementers)
	pr.Regions, pr.Subregions, pr.Municipalities = nonNil(pr.Regions), nonNil(pr.Subregions), nonNil(pr.Municipalities)
	pr.Missing = nonNil(pr.Missing)
	pr.Warnings = nonNil(pr.Warnings)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
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

func (p *parser) setFund() {
	dt := strings.ToUpper(p.docType)
	switch {
	case strings.Contains(dt, "(ESR)"):
		p.proj.Fund = "ESR"
	case strings.Contains(dt, "(EAKR)"):
		p.proj.Fund = "EAKR"
	case strings.HasPrefix(p.proj.Code, "S"):
		p.proj.Fund = "ESR"
	case strings.HasPrefix(p.proj.Code, "A"):
		p.proj.Fund = "EAKR"
	}
	if p.docType == "" {
		p.warn(0, "the document type line (\"… rahoittaman hankkeen kuvaus\") is missing")
	}
	if p.proj.Fund == "ESR" && strings.HasPrefix(p.proj.Code, "A") || p.proj.Fund == "EAKR" && strings.HasPrefix(p.proj.Code, "S") {
		p.warn(p.proj.codeLine, "the code %s does not fit the fund %s", p.proj.Code, p.proj.Fund)
	}
}

var sectionNames = map[int]string{
	1: "1 Hanke", 2: "2 Hakijan perustiedot", 3: "3 Suunnitelman mukainen tiivistelmä",
	4: "4 Hankkeen kohderyhmät", 5: "5 Julkinen rahoitus", 6: "6 Maantieteellinen kohdealue",
	7: "7 Seurantatiedot", 8: "8 Horisontaaliset periaatteet", 9: "9 Loppuraportin tiivistelmä",
}

// checkComplete marks the project incomplete when sections are missing. In a file whose
// headings were stripped, the text-only sections (3, 4, 9) count as present when the sections
// around them are.
func (p *parser) checkComplete() {
	flattened := p.headings < 3
	if flattened {
		p.warn(0, "no section headings: read by labels only (the flattened layout); the texts of sections 3 and 4 cannot be told apart and are kept together as the summary")
		p.seen[3] = p.seen[3] || p.seen[5]
		p.seen[4] = p.seen[4] || p.seen[5]
		p.seen[9] = p.seen[9] || p.seen[8] && p.criteria == len(Criteria)
	}
	var missing []string
	last := 0
	for s := 1; s <= 9; s++ {
		if p.seen[s] {
			last = s
		}
	}
	for s := 1; s <= 9; s++ {
		if !p.seen[s] {
			missing = append(missing, sectionNames[s])
		}
	}
	p.proj.Complete = len(missing) == 0
	p.proj.Missing = missing
	if len(missing) == 0 {
		return
	}
	n := 0
	if len(p.lines) > 0 {
		n = p.lines[len(p.lines)-1].n
	}
	if last < 9 {
		p.warn(n, "the file ends in section %d: it looks truncated; missing: %s", last, strings.Join(missing, ", "))
		return
	}
	p.warn(0, "sections missing: %s", strings.Join(missing, ", "))
}

// checkFields warns about labels missing from sections that are present.
func (p *parser) checkFields() {
	for _, f := range fields {
		if p.seen[f.sec.top()] && p.labels[f.label] == 0 && f.label != "yhteyshenkilön sähköpostiosoite" && f.label != "yhteyshenkilön sähköpostisoite" {
			p.warn(0, "field %q is missing", f.label)
		}
	}
	if p.seen[8] && p.criteria > 0 && p.criteria < len(Criteria) {
		p.warn(0, "only %d of the 15 sustainability criteria are given; the others are unknown", p.criteria)
	}
	if p.proj.Code == "" {
		p.warn(0, "no project code (Hankekoodi)")
	}
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
