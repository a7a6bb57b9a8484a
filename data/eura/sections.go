package eura

import (
	"strconv"
	"strings"

	"vertailu/data"
)

// The sections of a description: their headings, and which of them a file has.

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
		p.warn(0, "no_headings")
		p.seen[3] = p.seen[3] || p.seen[5]
		p.seen[4] = p.seen[4] || p.seen[5]
		p.seen[9] = p.seen[9] || p.seen[8] && p.criteria == len(data.Criteria)
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
		p.warn(n, "truncated", "Section", strconv.Itoa(last), "Sections", strings.Join(missing, ", "))
		return
	}
	p.warn(0, "sections_missing", "Sections", strings.Join(missing, ", "))
}
