package decode

import (
	"slices"
	"strings"
	"testing"
)

func TestPlainSpaces(t *testing.T) {
	for _, sp := range []string{"\t", "\u00a0", "\u2007", "\u2009", "\u202f"} {
		for _, s := range []string{sp, "a" + sp, sp + "b", "äö" + sp + "å" + sp} {
			if got := PlainSpaces(s); got != strings.ReplaceAll(s, sp, " ") {
				t.Errorf("%q: %q", s, got)
			}
		}
	}
	for _, s := range []string{"", "abc def", "äöå €", "\u2008\u2010\u00a1", "\xc2", "\xe2\x80"} {
		if got := PlainSpaces(s); got != s {
			t.Errorf("%q became %q", s, got)
		}
	}
}

// FuzzBytesPlainSpaces: Bytes, which makes a file's spaces plain as it copies it, gives what
// KeepSpaces and then PlainSpaces give, whatever the bytes.
func FuzzBytesPlainSpaces(f *testing.F) {
	for _, s := range []string{
		"Nimi:\u00a0Äänekoski\r\n1\u00a0234\u202f€\tx\u2009y\u2007z\n", "a\tb\fc\x7f\u0085d\u00a0", "\xe4\u00a0\t", "\u00a0\x01\x01",
		"\xef\xbb\xbfa\u00a0b", "\xff\xfea\x00\xa0\x00", "x\u00a0", "\u00a0\u00a0\u2009",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, ok := Bytes(b)
		want, wantOK := KeepSpaces(b)
		want.Text = PlainSpaces(want.Text)
		if ok != wantOK || got.Text != want.Text || got.Encoding != want.Encoding ||
			!slices.Equal(got.BadLines, want.BadLines) || !slices.Equal(got.Controls, want.Controls) {
			t.Fatalf("%q: Bytes gave %+v %v, KeepSpaces and PlainSpaces %+v %v", b, got, ok, want, wantOK)
		}
	})
}
