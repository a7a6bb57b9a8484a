package decode

import (
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
