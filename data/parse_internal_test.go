package data

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var scoresPattern = regexp.MustCompile(`^(.*\S)\s+(\d+)\s+(\d+)$`)

func TestScoresMatchesPattern(t *testing.T) {
	for _, s := range []string{
		"Ilmastonmuutoksen hillintä 3 2", "Ilmastonmuutoksen hillintä\t10  0", "Kriteeri 3 2 ",
		"3 2", " 3 2", "a 3 2", "a 32", "a  3", "Kriteeri x 2", "", "7", "a 3 2x", "ä\u00a0 4 5",
		"Vesistöt 1\f2", "Nimi 01 002",
	} {
		t.Run(s, func(t *testing.T) { checkScores(t, s) })
	}
}

func FuzzScores(f *testing.F) {
	f.Add("Luonnon monimuotoisuus 0 1")
	f.Fuzz(checkScores)
}

// checkScores compares scores with the pattern on one line (lines hold no line ends).
func checkScores(t *testing.T, s string) {
	if strings.ContainsAny(s, "\n\r") {
		return
	}
	want := scoresPattern.FindStringSubmatch(s)
	got, ok := scores(s)
	if ok != (want != nil) || ok && !slices.Equal([]string{got.criterion, got.direct, got.indirect}, want[1:]) {
		t.Errorf("scores(%q) = %q %v, the pattern gives %q", s, got, ok, want)
	}
}

func TestKnownLabel(t *testing.T) {
	for s, want := range map[string]string{
		"Hankekoodi": "hankekoodi", " HANKKEEN NIMI ": "hankkeen nimi", "Myönnetty EU- ja valtion rahoitus": "myönnetty eu- ja valtion rahoitus",
		"MYÖNNETTY EU- JA VALTION RAHOITUS": "myönnetty eu- ja valtion rahoitus", "Postinumero": labelPostalCode,
		"Suunniteltu": labelPlanned, strings.ToUpper(GenderQuestions[1]): genderKeys[1],
		"Hankekoodit": "", "Tavoite": "", "": "", "Kestävä Kehitys": "", strings.Repeat("ä", 60): "",
	} {
		if got := knownLabel(s); got != want {
			t.Errorf("knownLabel(%q) = %q, want %q", s, got, want)
		}
	}
	for _, f := range fields {
		if got := knownLabel(strings.ToUpper(f.label)); got != f.label {
			t.Errorf("knownLabel(%q) = %q", strings.ToUpper(f.label), got)
		}
	}
}

func TestScanUTF8(t *testing.T) {
	for _, s := range []string{"", "abc", "Hankekoodi: S21921\r\nÄänekoski\tä\f", "\x01\x02 abcdefghijklmnop\x1b",
		"abcdefgh\xff", "\xe4\xe4kk\xf6set", "ok ok ok ok ok ok \xed\xa0\x80", "€€€€€€€€€€€€€€€€x\x7f\x00\x1f"} {
		valid, controls := scanUTF8([]byte(s))
		if valid != utf8.ValidString(s) {
			t.Errorf("%q: valid %v", s, valid)
		}
		if valid && controls != countControls(s) {
			t.Errorf("%q: %d controls, want %d", s, controls, countControls(s))
		}
	}
}

func FuzzScanUTF8(f *testing.F) {
	f.Add([]byte("Kestävä kehitys 3 2\r\n\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		valid, controls := scanUTF8(b)
		if valid != utf8.Valid(b) {
			t.Fatalf("%q: valid %v", b, valid)
		}
		if valid && controls != countControls(string(b)) {
			t.Fatalf("%q: %d controls, want %d", b, controls, countControls(string(b)))
		}
	})
}

func countControls(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
		}
	}
	return n
}
