package words

import (
	"maps"
	"regexp"
	"slices"
	"testing"
)

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

func placeholders(s string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestEveryIDInBothLanguages: the two files hold the same ids, none empty, each with the same
// placeholders and the same plural forms in both languages.
func TestEveryIDInBothLanguages(t *testing.T) {
	fi, err := Messages(nil, FI)
	if err != nil {
		t.Fatal(err)
	}
	en, err := Messages(nil, EN)
	if err != nil {
		t.Fatal(err)
	}
	if len(en) < 250 {
		t.Fatalf("only %d messages: is the catalogue whole?", len(en))
	}
	for _, id := range slices.Sorted(maps.Keys(en)) {
		f, ok := fi[id]
		if !ok {
			t.Errorf("%q is in en.json but not in fi.json", id)
			continue
		}
		e := en[id]
		if !slices.Equal(slices.Sorted(maps.Keys(f)), slices.Sorted(maps.Keys(e))) {
			t.Errorf("%q: plural forms differ: fi %v, en %v", id, slices.Sorted(maps.Keys(f)), slices.Sorted(maps.Keys(e)))
		}
		for form, text := range e {
			if text == "" || f[form] == "" {
				t.Errorf("%q (%s) is empty in a language", id, form)
			}
			if !slices.Equal(placeholders(text), placeholders(f[form])) {
				t.Errorf("%q (%s): placeholders differ: en %v, fi %v", id, form, placeholders(text), placeholders(f[form]))
			}
		}
		if len(e) > 1 && !slices.Contains(placeholders(e["other"]), "Count") {
			t.Errorf("%q has plural forms but no {{.Count}}", id)
		}
	}
	for id := range fi {
		if _, ok := en[id]; !ok {
			t.Errorf("%q is in fi.json but not in en.json", id)
		}
	}
}

func TestWording(t *testing.T) {
	cases := []struct {
		got, want string
	}{
		{FI.T("Reload"), "Lataa uudelleen"},
		{EN.T("Reload"), "Reload"},
		{Of("en_GB.UTF-8").T("column.authority"), "Responsible authority"},
		{Of("").T("column.authority"), "Vastuuviranomainen"},
		{EN.T("Could not open the folder: {{.Error}}", "Error", "no such file"), "Could not open the folder: no such file"},
		{EN.N("{{.Count}} projects", 1), "1 project"},
		{EN.N("{{.Count}} projects", 2), "2 projects"},
		{FI.N("{{.Count}} projects", 1), "1 hanke"},
		{FI.N("{{.Count}} projects", 12345), "12\u00a0345 hanketta"},
		{EN.N("{{.Count}} projects", 0), "0 projects"},
		{EN.T("problem.date_range", "Value", "1.1.1850", "First", "1990", "Last", "2100"), "the date “1.1.1850” is outside 1990–2100; read as unknown"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestMissingIDComesBackAndIsRecorded(t *testing.T) {
	if got := FI.T("no such id 7f3a"); got != "no such id 7f3a" {
		t.Errorf("a missing id gives %q", got)
	}
	if !slices.Contains(Missing(), "no such id 7f3a") {
		t.Error("the missing id is not recorded")
	}
	if Has("no such id 7f3a") || !Has("Reload") || !Has("{{.Count}} projects") {
		t.Error("Has is wrong")
	}
}

func BenchmarkPlain(b *testing.B) {
	for b.Loop() {
		FI.T("column.granted_eu_state")
	}
}

func BenchmarkTemplate(b *testing.B) {
	for b.Loop() {
		FI.T("problem.date_unreadable", "Value", "31.2.2020")
	}
}
