package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// latin1Fold maps the accented letters of Latin-1 (both cases) to their base letter.
var latin1Fold = func() map[rune]rune {
	m := map[rune]rune{}
	groups := map[rune]string{
		'a': "àáâãäåÀÁÂÃÄÅ", 'c': "çÇ", 'e': "èéêëÈÉÊË", 'i': "ìíîïÌÍÎÏ", 'n': "ñÑ",
		'o': "òóôõöøÒÓÔÕÖØ", 'u': "ùúûüÙÚÛÜ", 'y': "ýÿÝ", 's': "šŠ", 'z': "žŽ",
	}
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// Fold makes text comparable for search: lower case, accents removed (ä→a, ö→o, å→a, é→e),
// so "aanekoski" finds "Äänekoski". It is not for sorting, where Å, Ä and Ö are letters after
// Z (see CompareText). It is on the hot path of loading and search, so the common letters are
// mapped directly and only rarer ones go through Unicode decomposition.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case latin1Fold[r] != 0:
			b.WriteByte(byte(latin1Fold[r]))
		case unicode.Is(unicode.Mn, r):
			// a combining accent: dropped
		case r > 0x24f:
			b.WriteRune(unicode.ToLower(r)) // Cyrillic, Greek, symbols: lower case only
		default:
			b.WriteString(foldRare(r))
		}
	}
	return b.String()
}

// foldRare decomposes a Latin Extended letter and drops its accents.
func foldRare(r rune) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, string(r))
	if err != nil {
		out = string(r)
	}
	return strings.ToLower(out)
}
