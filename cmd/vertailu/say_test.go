package main

import (
	"slices"
	"strings"
	"testing"

	"vertailu/assets/words"
)

func TestLangOf(t *testing.T) {
	cases := []struct {
		args []string
		want words.Lang
	}{
		{nil, words.EN},
		{[]string{"--lang", "fi"}, words.FI},
		{[]string{"-lang=fi", "DIR"}, words.FI},
		{[]string{"--lang", "sv"}, words.EN},
		{[]string{"--lang", "fi", "--lang", "en"}, words.EN}, // the last counts, as with the flag
		{[]string{"--", "--lang", "fi"}, words.EN},           // a note's text, not a flag
		{[]string{"--language", "fi"}, words.EN},
	}
	for _, c := range cases {
		if got := langOf(c.args); got != c.want {
			t.Errorf("langOf(%q) = %s, want %s", c.args, got, c.want)
		}
	}
}

// TestCommandsSpeakTheLanguageAsked: a command speaks Finnish when its command line says
// --lang fi, English otherwise (also where --lang defaults to Finnish pages), and every usage
// and flag help it shows is in the catalogue.
func TestCommandsSpeakTheLanguageAsked(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"table", "--lang", "fi", "--sort", "nope"}, "vertailu table: tuntematon lajitteluavain \"nope\""},
		{[]string{"table", "--sort", "nope"}, "vertailu table: unknown sort key \"nope\""},
		{[]string{"export"}, "vertailu export: --out DIR is required"},
		{[]string{"export", "--lang", "fi"}, "vertailu export: --out KANSIO on pakollinen"},
		{[]string{"pack", "--lang", "sv", "--out", "x.pdf"}, "--lang must be fi or en, not \"sv\""},
		{[]string{"similar", "--lang", "fi"}, "anna hankkeen koodi tai --text TIEDOSTO"},
		{[]string{"chart", "--lang", "fi", "--out", "x.gif"}, "tiedoston x.gif muotoa ei tunnisteta"},
		{[]string{"notes", "--lang", "fi", "list", "--format", "xml"}, "--format voi olla text tai json, ei xml"},
		{[]string{"check", "--lang", "fi", "a", "b"}, "odotettiin enintään yhtä kansiota, saatiin 2 argumenttia"},
	}
	for _, c := range cases {
		if _, errs, code := runCLI(t, c.args...); code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%q: exit %d, stderr lacks %q:\n%s", c.args, code, c.want, errs)
		}
	}
	for name := range commands {
		for _, lang := range []string{"en", "fi"} {
			args := []string{name, "-h", "--lang", lang}
			if name == "" || name == "version" {
				args = []string{"help", "--lang", lang}
			}
			if _, errs, _ := runCLI(t, args...); lang == "fi" && strings.Contains(errs, "Usage") {
				t.Errorf("%q: English usage:\n%s", args, errs)
			}
		}
	}
	if ids := slices.DeleteFunc(words.Missing(), func(id string) bool { return !strings.HasPrefix(id, "cli.") }); len(ids) > 0 {
		t.Errorf("not in the catalogue: %q", ids)
	}
}
