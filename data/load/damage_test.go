package load_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/locale"
	"vertailu/data/synth"

	"golang.org/x/text/encoding/charmap"
)

// TestDamagedLabelsAndFigures: labels and figures copied from web pages (no-break and thin
// spaces, tabs, doubled spaces) read as their clean versions, without warnings.
func TestDamagedLabelsAndFigures(t *testing.T) {
	orig := seedText(t, seed0)
	want := mustParse(t, orig)
	for name, damage := range map[string]func(string) string{
		"no-break spaces in labels": func(s string) string { return labelSpaces(s, "\u00a0") },
		"thin spaces in labels":     func(s string) string { return labelSpaces(s, "\u2009") },
		"tabs in labels":            func(s string) string { return labelSpaces(s, "\t") },
		"doubled spaces in labels":  func(s string) string { return labelSpaces(s, "  ") },
		"narrow no-break in figures": func(s string) string {
			return strings.ReplaceAll(s, "95 084", "95\u202f084")
		},
		"tab before the value": func(s string) string { return strings.ReplaceAll(s, "Hankekoodi: ", "Hankekoodi:\t") },
	} {
		t.Run(name, func(t *testing.T) {
			p := mustParse(t, damage(orig))
			sameContent(t, p, want)
			if len(p.Warnings) > 0 {
				t.Errorf("warnings %v", p.Warnings)
			}
		})
	}
}

var labelLine = regexp.MustCompile(`(?m)^([^:\nE][^:\n]{2,59}):`) // not "Euroopan unioni … EU:lta"

// labelSpaces puts sep for every space of every label.
func labelSpaces(s, sep string) string {
	return labelLine.ReplaceAllStringFunc(s, func(l string) string { return strings.ReplaceAll(l, " ", sep) })
}

// TestImplausibleValues: figures out of range and dates outside 1990–2100 warn and are unknown;
// nothing overflows when printed.
func TestImplausibleValues(t *testing.T) {
	orig := seedText(t, seed0)
	for _, c := range []struct{ from, to, warning string }{
		{"Myönnetty EU- ja valtion rahoitus: 95 084", "Myönnetty EU- ja valtion rahoitus: 9223372036854775807", "implausibly large"},
		{"Myönnetty EU- ja valtion rahoitus: 95 084", "Myönnetty EU- ja valtion rahoitus: 99999999999999999999999", "implausibly large"},
		{"Myönnetty EU- ja valtion rahoitus: 95 084", "Myönnetty EU- ja valtion rahoitus: 1 000 000 000 001", "implausibly large"},
		{"Myönnetty EU- ja valtion rahoitus: 95 084", "Myönnetty EU- ja valtion rahoitus: -95 084", "negative"},
		{"Myönnetty EU- ja valtion rahoitus: 95 084", "Myönnetty EU- ja valtion rahoitus: −95 084", "cannot read"},
	} {
		p := mustParse(t, strings.Replace(orig, c.from, c.to, 1))
		if p.Funding.GrantedEUState.Known || !hasWarning(p, c.warning) {
			t.Errorf("%q: granted %+v, warnings %v", c.to, p.Funding.GrantedEUState, p.Warnings)
		}
		if p.Derived.UtilisationEUState.Known {
			t.Errorf("%q: utilisation from an unknown figure", c.to)
		}
	}
	p := mustParse(t, strings.Replace(orig, "Myönnetty EU- ja valtion rahoitus: 95 084", "Myönnetty EU- ja valtion rahoitus: 1 000 000 000 000", 1))
	if p.Funding.GrantedEUState != data.KnownInt(data.MaxFigure) {
		t.Errorf("10^12 is the largest figure read: %+v", p.Funding.GrantedEUState)
	}
	period := regexp.MustCompile(`Alkaa \S+ ja päättyy \S+`)
	for _, dates := range []string{"Alkaa 1.1.0000 ja päättyy 31.12.2019", "Alkaa 1.1.2017 ja päättyy 31.12.9999", "Alkaa 1.1.1989 ja päättyy 31.12.2101"} {
		p := mustParse(t, period.ReplaceAllString(orig, dates))
		if p.Start.Known() && p.End.Known() || !hasWarning(p, "outside 1990–2100") {
			t.Errorf("%s: %v – %v, %v", dates, p.Start, p.End, p.Warnings)
		}
	}
	for _, v := range []int64{data.MaxFigure, 1<<63 - 1, -1 << 63} {
		if s := locale.Finnish.Int(v); strings.Count(s, "-") > 1 || (v > 0) == strings.HasPrefix(s, "-") {
			t.Errorf("locale.Finnish.Int(%d) = %q", v, s)
		}
	}
	if s := data.FormatDecimal(1e20, 0, "fi"); strings.HasPrefix(s, "-") || !strings.HasPrefix(s, "100") {
		t.Errorf("FormatDecimal(1e20) = %q", s)
	}
}

// TestFewInvalidBytes: a UTF-8 file with a few bad bytes keeps its UTF-8 lines and reads the
// bad ones as Windows-1252, naming them.
func TestFewInvalidBytes(t *testing.T) {
	orig := seedText(t, seed0)
	text := strings.Replace(orig, "Hankkeen nimi: VALO", "Hankkeen nimi: VALO \xe4", 1)
	p := mustParse(t, text)
	want := mustParse(t, orig)
	if p.Name != strings.Replace(want.Name, "VALO", "VALO ä", 1) || p.Summary != want.Summary || p.Applicant.Name != want.Applicant.Name {
		t.Errorf("name %q, applicant %q", p.Name, p.Applicant.Name)
	}
	line := strings.Count(text[:strings.Index(text, "\xe4")], "\n") + 1
	if !hasWarning(p, fmt.Sprintf("not UTF-8 on line(s) %d:", line)) || hasWarning(p, "not UTF-8: read as") {
		t.Errorf("warnings %v", p.Warnings)
	}
}

// TestWarningsBounded: a file of a million stray lines keeps a hundred warnings and says how
// many more there were; a thousand copies of one file name five of the others each.
func TestWarningsBounded(t *testing.T) {
	orig := seedText(t, seed0)
	i := strings.Index(orig, "5 Projektin julkinen rahoitus")
	stray := strings.Repeat("ylimääräinen rivi\n", 200000)
	p := mustParse(t, orig[:i]+"6 Maantieteellinen kohdealue\n"+stray+orig[i:])
	if len(p.Warnings) > 101 || !hasWarning(p, "more problems in this file are not listed") {
		t.Errorf("%d warnings, last %v", len(p.Warnings), p.Warnings[len(p.Warnings)-1])
	}
	dir := t.TempDir()
	for i := range 1000 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("copy%04d.txt", i)), []byte(orig), 0o644)
	}
	res, err := load.Folder(context.Background(), dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := res.Projects[0].Warnings
	if last := words.Of("en").Problem(w[len(w)-1]); len(last) > 200 || !strings.Contains(last, "and 994 other files") {
		t.Errorf("duplicate warning %q", last)
	}
}

// damage is one way real files are damaged, and the fields it takes away (JSON paths).
type damage struct {
	name    string
	apply   func(string) string
	removes []string
}

var damages = []damage{
	{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }, nil},
	{"BOM", func(s string) string { return "\ufeff" + s }, nil},
	{"no-break spaces in labels", func(s string) string { return labelSpaces(s, "\u00a0") }, nil},
	{"no-break spaces in figures", func(s string) string {
		return regexp.MustCompile(`(\d) (\d{3})`).ReplaceAllString(s, "$1\u00a0$2")
	}, nil},
	{"trailing spaces", func(s string) string { return strings.ReplaceAll(s, "\n", " \t\n") }, nil},
	{"'-' for realised EU+state", func(s string) string {
		return regexp.MustCompile(`(?m)^Toteutunut EU- ja valtion rahoitus: .*$`).ReplaceAllString(s, "Toteutunut EU- ja valtion rahoitus: -")
	}, []string{"funding.realised_eu_state", "derived.utilisation_eu_state"}},
	{"8.2 missing", func(s string) string {
		a, b := strings.Index(s, "8.2 Kestävä kehitys"), strings.Index(s, "9 Loppuraportin")
		return s[:a] + s[b:]
	}, []string{"sustainability", "derived.sustainability_direct", "derived.sustainability_indirect"}},
	{"a bad byte in the summary", func(s string) string {
		i := strings.Index(s, "3 Suunnitelman")
		j := i + strings.Index(s[i:], ". ") + 1
		return s[:j] + " \xff" + s[j:]
	}, []string{"summary"}},
}

// windows1252 is the last damage: the whole file saved in Windows-1252.
func windows1252(t *testing.T, s string) string {
	b, err := charmap.Windows1252.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestThousandDamagedFiles: 1,000 synthetic descriptions, each with a few of the damages of
// real folders, loaded through the loader: every field the damage did not take away is read as
// in the clean file.
func TestThousandDamagedFiles(t *testing.T) {
	dir := t.TempDir()
	n := 1000
	if testing.Short() {
		n = 200
	}
	clean := map[string]*data.Project{}
	removed := map[string][]string{}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		text := string(synth.Description(i, 7))
		name := fmt.Sprintf("d%04d.txt", i)
		p, err := load.Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		clean[name] = p
		for _, d := range damages {
			if r.IntN(3) == 0 {
				text = d.apply(text)
				removed[name] = append(removed[name], d.removes...)
			}
		}
		if r.IntN(4) == 0 && !strings.Contains(text, "\xff") {
			bom := strings.HasPrefix(text, "\ufeff") // a BOM says UTF-8: not with Windows-1252
			text = windows1252(t, strings.TrimPrefix(text, "\ufeff"))
			if bom {
				text = "\ufeff" + text
			}
		}
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	res, err := load.Folder(context.Background(), dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Projects) != n {
		t.Fatalf("%d of %d loaded", len(res.Projects), n)
	}
	for _, p := range res.Projects {
		got, want := fields(t, p, removed[p.File]), fields(t, clean[p.File], removed[p.File])
		for k, v := range want {
			if got[k] != v {
				t.Fatalf("%s: %s = %s, want %s", p.File, k, got[k], v)
			}
		}
	}
}

// fields flattens p's JSON to path → value, leaving out what the damage removed and what
// describes the file rather than the project (warnings, completeness, sources).
func fields(t *testing.T, p *data.Project, removed []string) map[string]string {
	b, _ := json.Marshal(p)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		for _, r := range append(removed, "warnings", "complete", "missing_sections", "file", "sources") {
			if prefix == r || strings.HasPrefix(prefix, r+".") {
				return
			}
		}
		if obj, ok := v.(map[string]any); ok {
			for k, x := range obj {
				walk(strings.TrimPrefix(prefix+"."+k, "."), x)
			}
			return
		}
		j, _ := json.Marshal(v)
		out[prefix] = string(j)
	}
	walk("", m)
	return out
}

// TestControlCharactersDropped: an escape sequence or other control character in a value never
// reaches the model (nor so a terminal, a PDF or a spreadsheet); the line is named.
func TestControlCharactersDropped(t *testing.T) {
	orig := seedText(t, seed0)
	p := mustParse(t, strings.Replace(orig, "Hankkeen nimi: VALO", "Hankkeen nimi: \x1b[2J\x1b]0;x\x07VALO\u009b", 1))
	want := mustParse(t, orig)
	if p.Name != strings.Replace(want.Name, "VALO", "[2J]0;xVALO", 1) || !hasWarning(p, "control characters removed on line(s) 9") {
		t.Errorf("name %q, warnings %v", p.Name, p.Warnings)
	}
}
