package load_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"vertailu/assets"
	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"

	"golang.org/x/text/encoding/charmap"
)

func seedText(t testing.TB, name string) string {
	t.Helper()
	b, err := fs.ReadFile(assets.Samples(), name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const (
	seed0 = "000_4cc8329ff47c7010.txt"
	seed1 = "001_bc3814c592c5f47c.txt"
)

func mustParse(t *testing.T, text string) *data.Project {
	t.Helper()
	p, err := load.Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return p
}

// sameContent compares two projects' JSON, ignoring the file's problems and completeness.
func sameContent(t *testing.T, got, want *data.Project) {
	t.Helper()
	g, w := *got, *want
	g.Warnings, w.Warnings = nil, nil
	a, _ := json.Marshal(g)
	b, _ := json.Marshal(w)
	if string(a) != string(b) {
		t.Errorf("content differs:\n got %.400s\nwant %.400s", a, b)
	}
}

func hasWarning(p *data.Project, sub string) bool {
	for _, w := range p.Warnings {
		if strings.Contains(words.Of("en").Problem(w), sub) {
			return true
		}
	}
	return false
}

// TestQuirksSameContent: each variant of a real description reads as the original.
func TestQuirksSameContent(t *testing.T) {
	orig := seedText(t, seed0)
	want := mustParse(t, orig)
	cp1252, err := charmap.Windows1252.NewEncoder().String(orig)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, warning string
	}{
		{"CRLF", strings.ReplaceAll(orig, "\n", "\r\n"), ""},
		{"old Mac CR", strings.ReplaceAll(orig, "\n", "\r"), ""},
		{"byte-order mark", "\ufeff" + orig, ""},
		{"Windows-1252", cp1252, "read as Windows-1252"},
		{"trailing spaces", strings.ReplaceAll(orig, "\n", "  \t\n"), ""},
		{"no-break spaces in numbers", strings.ReplaceAll(orig, "95 084", "95\u00a0084"), ""},
		{"status in capitals", strings.Replace(orig, "Toiminta päättynyt", "TOIMINTA PÄÄTTYNYT", 1), ""},
		{"stray markup lines", strings.ReplaceAll(orig, "\n\n", "\n![]() |\n"), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := mustParse(t, c.text)
			sameContent(t, p, want)
			if c.warning == "" && len(p.Warnings) > 0 {
				t.Errorf("unexpected warnings %v", p.Warnings)
			}
			if c.warning != "" && !hasWarning(p, c.warning) {
				t.Errorf("want a warning %q, got %v", c.warning, p.Warnings)
			}
		})
	}
	if !strings.Contains(cp1252, "\xe4") {
		t.Fatal("fixture is not Windows-1252")
	}
}

func TestWindows1252Characters(t *testing.T) {
	text := strings.Replace(seedText(t, seed0), "Hankkeen nimi: VALO", "Hankkeen nimi: Åbo – 5 € – VALO", 1)
	b, err := charmap.Windows1252.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	p := mustParse(t, b)
	if !strings.HasPrefix(p.Name, "Åbo – 5 € – VALO") {
		t.Errorf("name = %q", p.Name)
	}
}

var headingLine = regexp.MustCompile(`(?m)^(\d(\.\d)? [^\n:]+|Osatoteuttajat|Toteutuspaikan osoite[^\n]*)\n`)

// TestFlattenedLayout: no section headings, single line breaks, markup lines.
func TestFlattenedLayout(t *testing.T) {
	for _, name := range []string{seed0, seed1} {
		orig := seedText(t, name)
		want := mustParse(t, orig)
		flat := headingLine.ReplaceAllString(orig, "")
		flat = regexp.MustCompile(`\n{2,}`).ReplaceAllString(flat, "\n")
		flat = strings.Replace(flat, "Hankekoodi:", "![]() |\nHankekoodi:", 1)
		p := mustParse(t, flat)
		checks := [][2]string{
			{p.Code, want.Code},
			{p.Name, want.Name},
			{p.PriorityAxis, want.PriorityAxis},
			{p.SpecificObjective, want.SpecificObjective},
			{p.Start.ISO(), want.Start.ISO()},
			{p.End.ISO(), want.End.ISO()},
			{p.Status, want.Status},
			{p.Authority, want.Authority},
		}
		for i, c := range checks {
			if c[0] != c[1] {
				t.Errorf("%s: header field %d = %q, want %q", name, i, c[0], c[1])
			}
		}
		if p.Applicant != want.Applicant {
			t.Errorf("%s: applicant = %+v, want %+v", name, p.Applicant, want.Applicant)
		}
		if p.Funding != want.Funding || p.Indicators != want.Indicators {
			t.Errorf("%s: funding %+v / indicators %+v differ", name, p.Funding, p.Indicators)
		}
		if len(p.CoImplementers) != len(want.CoImplementers) {
			t.Errorf("%s: co-implementers %+v", name, p.CoImplementers)
		}
		if p.Sustainability[7].Direct != want.Sustainability[7].Direct {
			t.Errorf("%s: criteria differ", name)
		}
		if !strings.HasPrefix(p.Summary, want.Summary[:40]) {
			t.Errorf("%s: summary starts %.60q", name, p.Summary)
		}
		if !p.Complete || !hasWarning(p, "no section headings") {
			t.Errorf("%s: complete=%v warnings=%v", name, p.Complete, p.Warnings)
		}
	}
}

func TestTruncated(t *testing.T) {
	orig := seedText(t, seed0)
	cut := orig[:strings.Index(orig, "integraatiossa suomalaiseen")+7] // mid-word in section 3
	p := mustParse(t, cut)
	if p.Complete {
		t.Error("a truncated file must be incomplete")
	}
	if !hasWarning(p, "truncated") {
		t.Errorf("warnings %v", p.Warnings)
	}
	if p.Code != "S22829" || p.Applicant.Name == "" || !strings.HasSuffix(p.Summary, "integra") {
		t.Errorf("what is there must be kept: code %q, summary ends %q", p.Code, p.Summary[len(p.Summary)-20:])
	}
	if p.Funding.GrantedEUState.Known || p.Indicators.PersonsPlanned.Known || p.Sustainability[0].Direct.Known {
		t.Error("missing sections must be unknown, not zero")
	}
	if len(p.Missing) != 6 || p.Missing[0] != "4 Hankkeen kohderyhmät" {
		t.Errorf("missing = %v", p.Missing)
	}
	if p.Derived.UtilisationEUState.Known || p.Derived.Direct.Overall.Known {
		t.Error("derived figures of unknown inputs must be unknown")
	}
}

func TestFreeTextQuirks(t *testing.T) {
	orig := seedText(t, seed0)
	text := strings.Replace(orig, "integraatiossa suomalaiseen yhteiskuntaan ja työllistymisessä.\n",
		"integraatiossa suomalaiseen yhteiskuntaan ja työllistymisessä.\n\n\n\nTavoite: lisää työtä\n1) ensimmäinen\n1. toinen\n", 1)
	p := mustParse(t, text)
	if !strings.Contains(p.Summary, "työllistymisessä.\n\nTavoite: lisää työtä\n1) ensimmäinen\n1. toinen\n") {
		t.Errorf("summary = %q", p.Summary[:400])
	}
	if len(p.Warnings) != 0 {
		t.Errorf("warnings %v", p.Warnings)
	}
}

func TestUnknownIsNotZero(t *testing.T) {
	orig := seedText(t, seed0)
	text := strings.Replace(orig, "Myönnetty EU- ja valtion rahoitus: 95 084", "Myönnetty EU- ja valtion rahoitus: -", 1)
	text = strings.Replace(text, "Toteutunut EU- ja valtion rahoitus: 95 083\n", "", 1)
	text = strings.Replace(text, "Suunniteltu: 70", "Suunniteltu:", 1)
	p := mustParse(t, text)
	if p.Funding.GrantedEUState.Known || p.Funding.RealisedEUState.Known || p.Indicators.PersonsPlanned.Known {
		t.Errorf("funding %+v persons %+v", p.Funding, p.Indicators.PersonsPlanned)
	}
	if !hasWarning(p, "toteutunut eu- ja valtion rahoitus") {
		t.Errorf("a missing label should be reported: %v", p.Warnings)
	}
	b, _ := json.Marshal(p.Funding)
	if !strings.Contains(string(b), `"granted_eu_state":null`) {
		t.Errorf("JSON %s", b)
	}
	if p.Derived.CostPerPlannedParticipant.Known || p.Derived.UtilisationEUState.Known {
		t.Error("derived figures must be unknown")
	}
}

func TestMissingJustificationAndBadScore(t *testing.T) {
	orig := seedText(t, seed0)
	text := strings.Replace(orig, "Neuvontapistepalvelu kehittyy ja paranee.\n", "", 1)
	text = strings.Replace(text, "Hyvinvoinnin edistäminen 8 5", "Hyvinvoinnin edistäminen 18 5", 1)
	p := mustParse(t, text)
	if c := p.Sustainability[8]; c.Justification != "" || c.Direct != data.KnownInt(6) {
		t.Errorf("criterion 9 = %+v", c)
	}
	if c := p.Sustainability[9]; !strings.HasPrefix(c.Justification, "Hankkeella ei ole") {
		t.Errorf("criterion 10 = %+v", c)
	}
	if c := p.Sustainability[10]; c.Direct.Known || c.Indirect != data.KnownInt(5) {
		t.Errorf("score 18 must be unknown: %+v", c)
	}
	if !hasWarning(p, "outside 0–10") {
		t.Errorf("warnings %v", p.Warnings)
	}
	for _, w := range p.Warnings {
		if w.Line == 0 && strings.Contains(words.Of("en").Problem(w), "outside") {
			t.Error("a score warning needs its line")
		}
	}
}

func TestNotDescriptions(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"application", "EURA 2014\nHankehakemus\n\nHankkeen nimi: X\nHankekoodi: S12345\n", "application form"},
		{"plan", "Hankesuunnitelma\n\n1. Tausta\nTekstiä.\n", "project plan"},
		{"decision", "ELY-keskus\nPÄÄTÖS\nEuroopan sosiaalirahaston tuki\nHankekoodi: S12345\nHankkeen nimi: X", "funding decision"},
		{"2007-2013 form", "ESR-PROJEKTIHAKEMUS\nHakijan nimi: X\n", "2007–2013"},
		{"note", "Muistio palaverista 3.4.\n\nMuista soittaa Matille.\n", "a note"},
		{"empty", "", "empty file"},
		{"png image", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"},
		{"pdf", "%PDF-1.7\n", "PDF"},
		{"binary", "\x01\x02\x03\x00\x00\xff\xfe\x10\x11", "binary"},
		{"html", "<!DOCTYPE html>\n<html><body>x</body></html>", "HTML"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := load.Parse("f", []byte(c.text))
			var nd *data.NotDescriptionError
			if !errors.As(err, &nd) || p != nil {
				t.Fatalf("got %v, %v; want a NotDescriptionError", p, err)
			}
			if !strings.Contains(words.Of("en").Problem(nd.Reason), c.want) {
				t.Errorf("reason %q does not say %q", words.Of("en").Problem(nd.Reason), c.want)
			}
		})
	}
}

func TestProblemCarriesFileAndLine(t *testing.T) {
	text := strings.Replace(seedText(t, seed0), "Alkaa 1.6.2022", "Alkaa 31.13.2022", 1)
	p, err := load.Parse("kansio/a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) == 0 {
		t.Fatal("no warning for a bad date")
	}
	if got := p.Warnings[0].Error(); got != `kansio/a.txt:15: date_unreadable Value="31.13.2022"` {
		t.Errorf("problem = %q", got)
	}
	if got := words.Of("fi").Problem(p.Warnings[0]); got != `päivämäärää ”31.13.2022” ei voi lukea (odotettiin P.K.VVVV)` {
		t.Errorf("in Finnish: %q", got)
	}
	if p.Start.Known() || !p.End.Known() {
		t.Error("a bad start date is unknown; the end date stays")
	}
}

func TestUTF16WithBOM(t *testing.T) {
	orig := seedText(t, seed0)
	want := mustParse(t, orig)
	u16 := []byte{0xff, 0xfe}
	for _, r := range orig {
		if r > 0xffff {
			t.Fatal("fixture needs surrogates")
		}
		u16 = append(u16, byte(r), byte(r>>8))
	}
	p := mustParse(t, string(u16))
	sameContent(t, p, want)
	if !hasWarning(p, "UTF-16") {
		t.Errorf("warnings %v", p.Warnings)
	}
}
