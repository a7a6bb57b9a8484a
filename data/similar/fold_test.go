package similar

import "testing"

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
		e := an.learn(w, hashWord([]byte(w)), false)
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
	words("TE-toimisto: Työttömille 2019 ÄÖÅ a b2 x\u00d7y Ma\u0308a\u0308 Ñandú ß", nil, func(w []byte, _ bool) { got = append(got, string(w)) })
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
