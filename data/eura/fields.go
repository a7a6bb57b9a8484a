package eura

import (
	"regexp"
	"strconv"
	"strings"

	"vertailu/data"
)

// The labelled fields ("Label: value") of sections 1, 2, 5, 6 and 7.

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
	{secProject, "toiminnan tila", func(p *parser, _ line, v string) { p.proj.Status = data.Canonical(v, data.KnownStatuses) }},
	{secProject, "vastuuviranomainen", func(p *parser, _ line, v string) { p.proj.Authority = data.Canonical(v, nil) }},
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
			p.warn(l.n, "field_repeated", "Field", name)
		}
		// A value of its own, not a piece of the file's text: a project keeps its fields, not
		// the whole file (the text is memory of its own either way, see decode).
		if p.printed { // the value may go on on the next line: set it when it is whole
			p.last = &lastField{f: f, l: l, value: strings.Clone(value)}
			return true
		}
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
	p.proj.CodeLine = l.n
	if !codePattern.MatchString(p.proj.Code) {
		p.warn(l.n, "code_form", "Value", v)
	}
}

var codePattern = regexp.MustCompile(`^[SA]\d{5}$`)

var periodPattern = regexp.MustCompile(`(?i)alkaa\s+(\S+)\s+ja\s+päättyy\s+(\S+)`)

func (p *parser) setPeriod(l line, v string) {
	m := periodPattern.FindStringSubmatch(v)
	if m == nil {
		if v != "" && v != "-" {
			p.warn(l.n, "period_unreadable", "Value", v)
		}
		return
	}
	p.proj.Start = p.date(l, m[1])
	p.proj.End = p.date(l, m[2])
	if p.proj.Start.Known() && p.proj.End.Known() && p.proj.End.Before(p.proj.Start.Time) {
		p.warn(l.n, "period_reversed", "End", m[2], "Start", m[1])
	}
}

func (p *parser) setFund() {
	dt := strings.ToUpper(p.docType)
	switch {
	case strings.Contains(dt, "(ESR)"):
		p.proj.Fund = "ESR"
	case strings.Contains(dt, "(EAKR)"):
		p.proj.Fund = "EAKR"
	default:
		p.proj.Fund = data.FundOfCode(p.proj.Code)
	}
	if p.docType == "" {
		p.warn(0, "doctype_missing")
	}
	if p.proj.Fund == "ESR" && strings.HasPrefix(p.proj.Code, "A") || p.proj.Fund == "EAKR" && strings.HasPrefix(p.proj.Code, "S") {
		p.warn(p.proj.CodeLine, "code_fund_mismatch", "Code", p.proj.Code, "Fund", p.proj.Fund)
	}
}

// checkFields warns about labels missing from sections that are present.
func (p *parser) checkFields() {
	for _, f := range fields {
		if p.seen[f.sec.top()] && p.labels[f.label] == 0 && f.label != "yhteyshenkilön sähköpostiosoite" && f.label != "yhteyshenkilön sähköpostisoite" {
			p.warn(0, "field_missing", "Field", f.label)
		}
	}
	if p.seen[8] && p.criteria > 0 && p.criteria < len(data.Criteria) {
		p.warn(0, "criteria_partial", "Count", strconv.Itoa(p.criteria))
	}
	if p.proj.Code == "" {
		p.warn(0, "no_code")
	}
}
