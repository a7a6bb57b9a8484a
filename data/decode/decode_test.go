package decode

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

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
		d, ok := Bytes([]byte(c.in))
		if !ok || d.Text != c.want || d.Encoding != c.encoding || !slices.Equal(d.BadLines, c.bad) {
			t.Errorf("Bytes(%q) = %q, %q, %v, %v; want %q, %q, %v", c.in, d.Text, d.Encoding, d.BadLines, ok, c.want, c.encoding, c.bad)
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
		d, ok := Bytes(b)
		if !ok || d.Encoding == "UTF-16" {
			return
		}
		if !utf8.ValidString(d.Text) || strings.Contains(d.Text, "\r") {
			t.Fatalf("%q: Text to %q", b, d.Text)
		}
		body := bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		if sc := scanText([]byte(d.Text)); sc.drop || sc.controls > 0 {
			t.Fatalf("%q: control characters left in %q", b, d.Text)
		}
		if want, _ := DropControls(lineEnds(string(body))); utf8.Valid(body) && d.Text != want {
			t.Fatalf("%q: Text to %q, want %q", b, d.Text, want)
		}
		if got, want := strings.Count(d.Text, "\n"), strings.Count(lineEnds(string(body)), "\n"); got != want {
			t.Fatalf("%q: %d line ends, want %d", b, got, want)
		}
	})
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
