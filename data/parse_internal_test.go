package data

import (
	"bytes"
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
		"Hankekoodit": "", "Hankkeen  nimi": "hankkeen nimi", "Tavoite": "", "": "", "Kestävä Kehitys": "", strings.Repeat("ä", 60): "",
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

func TestDecodeLineByLine(t *testing.T) {
	for _, c := range []struct {
		in, want string
		encoding string
		bad      []int
	}{
		{"Hankekoodi: S21921\r\nÄänekoski\r\n", "Hankekoodi: S21921\nÄänekoski\n", "", nil},
		{"a\rb\r\nc\n", "a\nb\nc\n", "", nil},
		{"Nimi: P\xe4\xe4kaupunki\nKunnat: J\xe4ms\xe4\n", "Nimi: Pääkaupunki\nKunnat: Jämsä\n", "Windows-1252", nil},
		{"Nimi: Äänekoski\nX: \xe4\r\nY: ö\rZ: \x80", "Nimi: Äänekoski\nX: ä\nY: ö\nZ: €", "", []int{2, 4}},
		{"ascii\n\xff", "ascii\nÿ", "Windows-1252", nil},
		{"Nimi: a\x1b[31mb\x7f\u009b\fc, pitkä nimi jossa on paljon tekstiä\n", "Nimi: a[31mbc, pitkä nimi jossa on paljon tekstiä\n", "", nil},
	} {
		d, ok := decode([]byte(c.in))
		if !ok || d.text != c.want || d.encoding != c.encoding || !slices.Equal(d.badLines, c.bad) {
			t.Errorf("decode(%q) = %q, %q, %v, %v; want %q, %q, %v", c.in, d.text, d.encoding, d.badLines, ok, c.want, c.encoding, c.bad)
		}
	}
}

// FuzzDecode: whatever the bytes, the text is valid UTF-8 with LF line ends and no control
// characters, has as many lines as the file, and is the file itself (less its controls) when
// that is valid UTF-8.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("Kestävä kehitys 3 2\r\n\x01"))
	f.Add([]byte("a\xe4\r\rb\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, ok := decode(b)
		if !ok || d.encoding == "UTF-16" {
			return
		}
		if !utf8.ValidString(d.text) || strings.Contains(d.text, "\r") {
			t.Fatalf("%q: decoded to %q", b, d.text)
		}
		body := bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		if sc := scanText([]byte(d.text)); sc.drop || sc.controls > 0 {
			t.Fatalf("%q: control characters left in %q", b, d.text)
		}
		if want, _ := dropControls(lineEnds(string(body))); utf8.Valid(body) && d.text != want {
			t.Fatalf("%q: decoded to %q, want %q", b, d.text, want)
		}
		if got, want := strings.Count(d.text, "\n"), strings.Count(lineEnds(string(body)), "\n"); got != want {
			t.Fatalf("%q: %d line ends, want %d", b, got, want)
		}
	})
}

func TestPlainSpaces(t *testing.T) {
	for _, sp := range []string{"\t", "\u00a0", "\u2007", "\u2009", "\u202f"} {
		for _, s := range []string{sp, "a" + sp, sp + "b", "äö" + sp + "å" + sp} {
			if got := plainSpaces(s); got != strings.ReplaceAll(s, sp, " ") {
				t.Errorf("%q: %q", s, got)
			}
		}
	}
	for _, s := range []string{"", "abc def", "äöå €", "\u2008\u2010\u00a1", "\xc2", "\xe2\x80"} {
		if got := plainSpaces(s); got != s {
			t.Errorf("%q became %q", s, got)
		}
	}
}

// TestScanText compares the one-pass scan with a plain one: utf8.Valid and each rune in turn.
func TestScanText(t *testing.T) {
	for _, s := range []string{
		"", "abcdefgh", "abcdefgh\x01", "\x7fabcdefghijk", "abcdefg\u0085xyz", "abcdefg\u00a0",
		"tab\there and there", "ok ok ok\r\n", "form\ffeed", "Äänekoski – 5 €", "\u2009", strings.Repeat("x", 31) + "\x1b",
		"abcdefg\xc2", "\xe4\xe4kk\xf6set", "ok ok ok ok ok ok \xed\xa0\x80", "\xc2\x85\xc2",
	} {
		if got, want := scanText([]byte(s)), scanPlain(s); got != want {
			t.Errorf("scanText(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func FuzzScanText(f *testing.F) {
	f.Add([]byte("Kestävä kehitys 3 2\r\n\x01\xc2\x85"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := scanText(b), scanPlain(string(b)); got != want {
			t.Fatalf("scanText(%q) = %+v, want %+v", b, got, want)
		}
	})
}

// scanPlain is scanText the plain way. In invalid UTF-8 only validity is compared.
func scanPlain(s string) textScan {
	sc := textScan{valid: utf8.ValidString(s)}
	if !sc.valid {
		got := scanText([]byte(s))
		got.valid = false
		return got
	}
	for _, r := range s {
		switch {
		case r < 0x80:
			sc.ascii(byte(r))
		case r < 0xa0:
			sc.drop = true
		}
	}
	return sc
}
