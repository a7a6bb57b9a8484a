package similar

import "strings"

// fold joins the stems the Snowball Finnish stemmer leaves apart for one word, for the noun
// classes project prose uses most (measured in TestFoldJoinsInflections):
//   - -us/-ys/-os nouns: koulutus, koulutusta, koulutuksen, yritysten → koulutu, yrity;
//   - -uus/-yys nouns: osallisuus, osallisuuden, osallisuutta → osallisuu;
//   - -nen words: suomalainen, suomalaiset, suomalaisten → suomalais;
//   - the genitive plural -ten and a final -e or -i after a consonant: nuori, nuoret,
//     nuorten, nuorille → nuor;
//   - -tön/-ton adjectives: työtön, työttömät → työttöm;
//   - the forms of työ, the commonest short word of the field, which the stemmer leaves whole.
func fold(surface, stem string) string {
	if s, ok := shortWords[surface]; ok {
		return s
	}
	n := len([]rune(surface))
	switch {
	case n >= 6 && (strings.HasSuffix(surface, "tön") || strings.HasSuffix(surface, "ton")) && stem == surface[:len(surface)-1]:
		return surface[:len(surface)-len("tön")] + map[bool]string{true: "ttöm", false: "ttom"}[strings.HasSuffix(surface, "tön")]
	case strings.HasSuffix(surface, "nen") && strings.HasSuffix(stem, "in") && len(stem) >= 5:
		return stem[:len(stem)-1] + "s"
	case strings.HasSuffix(surface, "isten") && strings.HasSuffix(stem, "ist"):
		return stem[:len(stem)-1]
	case strings.HasSuffix(surface, "ten") && stem == surface[:len(surface)-2] && len(stem) >= 5:
		stem = stem[:len(stem)-1]
	}
	for _, e := range [...]struct{ end, cut string }{
		{"uks", "ks"},
		{"yks", "ks"},
		{"oks", "ks"},
		{"öks", "ks"},
		{"uud", "d"},
		{"yyd", "d"},
		{"uut", "t"},
		{"yyt", "t"},
		{"ust", "st"},
		{"yst", "st"},
		{"us", "s"},
		{"ys", "s"},
		{"os", "s"},
		{"ös", "s"},
	} {
		if strings.HasSuffix(stem, e.end) && len(stem)-len(e.cut) >= 4 {
			return stem[:len(stem)-len(e.cut)]
		}
	}
	if k := len(stem) - 1; k >= 4 && (stem[k] == 'e' || stem[k] == 'i') && !isVowel(stem[k-1]) {
		return stem[:k]
	}
	return stem
}

// isVowel reports whether the last byte of a letter is a vowel: a, e, i, o, u, y, or the second
// byte of ä (0xa4), ö (0xb6) or å (0xa5).
func isVowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u', 'y', 0xa4, 0xb6, 0xa5:
		return true
	}
	return false
}

// shortWords are forms of työ, which the stemmer leaves whole as it is too short.
var shortWords = map[string]string{
	"työ": "työ", "työn": "työ", "työtä": "työ", "työhön": "työ", "työssä": "työ", "työstä": "työ",
	"työllä": "työ", "työlle": "työ", "työltä": "työ", "työt": "työ", "töitä": "työ", "töiden": "työ",
	"töihin": "työ", "töissä": "työ", "töistä": "työ", "työksi": "työ", "työnä": "työ",
}
