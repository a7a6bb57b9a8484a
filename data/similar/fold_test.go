package similar

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFoldJoinsInflections: the forms of each word reach one stem, and different words stay
// apart.
func TestFoldJoinsInflections(t *testing.T) {
	groups := [][]string{
		{"työtön", "työttömät", "työttömien", "työttömille"},
		{"työttömyys", "työttömyyden", "työttömyyttä"},
		{"koulutus", "koulutusta", "koulutuksen", "koulutukseen", "koulutuksia", "koulutuksissa"},
		{"ohjaus", "ohjausta", "ohjauksen", "ohjaukseen", "ohjauksessa"},
		{"osallisuus", "osallisuuden", "osallisuutta", "osallisuuteen"},
		{"yrittäjyys", "yrittäjyyden", "yrittäjyyttä", "yrittäjyyteen"},
		{"nuori", "nuoret", "nuorten", "nuorille", "nuoria", "nuorien"},
		{"suomalainen", "suomalaiset", "suomalaisille", "suomalaisten"},
		{"yritys", "yrityksen", "yrityksiä", "yritysten", "yrityksille", "yritykset"},
		{"palvelu", "palvelut", "palveluja", "palvelujen", "palveluiden", "palveluihin"},
		{"kieli", "kielen", "kieltä", "kielet", "kielten", "kielissä"},
		{"työ", "työtä", "työn", "töitä", "työhön", "työssä"},
		{"vanhus", "vanhusten", "vanhuksille", "vanhuksia"},
		{"osaaminen", "osaamisen", "osaamiseen"},
		{"maahanmuuttaja", "maahanmuuttajien", "maahanmuuttajille", "maahanmuuttajat"},
	}
	an := newAnalyser()
	stemOf := func(w string) string {
		e := an.learn(w, hashWord(w), false)
		return an.stemList[e.stem]
	}
	seen := map[string]string{}
	for _, g := range groups {
		want := stemOf(g[0])
		for _, w := range g[1:] {
			if got := stemOf(w); got != want {
				t.Errorf("%s → %s, but %s → %s", w, got, g[0], want)
			}
		}
		if other, ok := seen[want]; ok {
			t.Errorf("%s and %s both → %s", g[0], other, want)
		}
		seen[want] = g[0]
	}
}

// TestWords: words are split at everything but letters and digits, lower-cased, one-letter
// and all-digit words left out, decomposed ä and ö composed.
func TestWords(t *testing.T) {
	var got []string
	words("TE-toimisto: Työttömille 2019 ÄÖÅ a b2 x\u00d7y Ma\u0308a\u0308 Ñandú ß", nil, func(w string, _ bool) { got = append(got, strings.Clone(w)) })
	want := []string{"te", "toimisto", "työttömille", "äöå", "b2", "mää", "ñandú"}
	if len(got) != len(want) {
		t.Fatalf("%q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%q, want %q", got, want)
			break
		}
	}
}

// referenceWords is words written plainly, rune by rune, for FuzzWords.
func referenceWords(s string) []string {
	var out []string
	var w []byte
	letters, digits := 0, 0
	end := func() {
		if letters > 0 && letters+digits > 1 && len(w) <= maxWordBytes {
			out = append(out, string(w))
		}
		w, letters, digits = nil, 0, 0
	}
	for _, r := range s { // invalid UTF-8 is U+FFFD, not a letter
		switch {
		case unicode.IsLetter(r):
			w = utf8.AppendRune(w, unicode.ToLower(r))
			letters++
		case '0' <= r && r <= '9':
			w = append(w, byte(r))
			digits++
		case unicode.IsMark(r) && len(w) > 0:
			w = composed(w, r)
		default:
			end()
		}
	}
	end()
	return out
}

// FuzzWords: the fast scan finds the words the plain one does.
func FuzzWords(f *testing.F) {
	f.Add("TE-toimisto: Työttömille 2019 ÄÖÅ a b2 x\u00d7y Ma\u0308a\u0308 Ñandú ß – “lainaus” \xc3\xff")
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		words(s, nil, func(w string, _ bool) { got = append(got, strings.Clone(w)) })
		if want := referenceWords(s); !slices.Equal(got, want) {
			t.Fatalf("%q:\n%q\nwant\n%q", s, got, want)
		}
	})
}
