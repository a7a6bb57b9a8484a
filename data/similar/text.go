package similar

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// stopWords are the Finnish words left out: Snowball's Finnish stop list (forms of olla, the
// pronouns, conjunctions and the commonest adverbs) with a few function words and abbreviations
// of project prose (myös, kuten, mm., esim.).
var stopWords = setOf(`olla olen olet on olemme olette ovat ole oli olisi olisit olisin olisimme
olisitte olisivat olit olin olimme olitte olivat ollut olleet en et ei emme ette eivät minä minun
minut minua minussa minusta minuun minulla minulta minulle sinä sinun sinut sinua sinussa sinusta
sinuun sinulla sinulta sinulle hän hänen hänet häntä hänessä hänestä häneen hänellä häneltä
hänelle me meidän meidät meitä meissä meistä meihin meillä meiltä meille te teidän teidät teitä
teissä teistä teihin teillä teiltä teille he heidän heidät heitä heissä heistä heihin heillä
heiltä heille tämä tämän tätä tässä tästä tähän tällä tältä tälle tänä täksi tuo tuon tuota
tuossa tuosta tuohon tuolla tuolta tuolle tuona tuoksi se sen sitä siinä siitä siihen sillä
siltä sille siksi nämä näiden näitä näissä näistä näihin näillä näiltä näille näinä näiksi nuo
noiden noita noissa noista noihin noilla noilta noille noina noiksi ne niiden niitä niissä
niistä niihin niillä niiltä niille niinä niiksi kuka kenen kenet ketä kenessä kenestä keneen
kenellä keneltä kenelle kenenä keneksi ketkä keiden keitä keissä keistä keihin keillä keiltä
keille keinä keiksi mikä minkä mitä missä mistä mihin millä miltä mille miksi mitkä joka jonka
jota jossa josta johon jolla jolta jolle jona joksi jotka joiden joita joissa joista joihin
joilla joilta joille joina joiksi että ja jos koska kuin mutta niin sekä sillä tai vaan vai
vaikka kanssa mukaan noin poikki yli kun nyt itse myös kuten jotta eli mm esim esimerkiksi
muassa jne näin siten sekä jo vielä kautta ym yms tms`)

// stopStems are the stems every project description uses, whatever it is about: hanke (the
// project) and projekti, whose forms would otherwise top the shared words of any two.
var stopStems = setOf("hank projekt projekti")

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' {
			if start >= 0 {
				m[s[start:i]] = true
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}

// words calls fn with each word of s, lower-cased, valid only during the call (it may be held
// in buf): a run of letters and digits (Finnish letters kept as they are), split at everything
// else, hyphens included, so that "TE-toimisto" gives "te" and "toimisto". Words of one letter
// and words of digits only are left out. hasDigit says whether the word holds a digit (it is
// then not stemmed). A word already in lower case (most are) is passed as the part of s it is,
// not copied: a folder holds hundreds of megabytes of text.
func words(s string, buf []byte, fn func(w string, hasDigit bool)) []byte {
	emit := func(w string, letters, digits int) {
		if letters > 0 && letters+digits > 1 && len(w) <= maxWordBytes {
			fn(w, digits > 0)
		}
	}
	for i := 0; i < len(s); {
		start := i
		letters, digits := 0, 0
	plain: // letters as they are to be, digits
		for i < len(s) {
			c := s[i]
			switch byteClass[c] {
			case classLower:
				letters++
				i++
				continue
			case classDigit:
				digits++
				i++
				continue
			case classLatin1:
				if d := i + 1; d < len(s) && s[d] >= 0xa0 && s[d] <= 0xbf && s[d] != 0xb7 { // à–ÿ but ÷
					letters++
					i += 2
					continue
				}
			}
			break plain
		}
		if i == len(s) || byteClass[s[i]] == classSeparator {
			emit(s[start:i], letters, digits)
			i++
			continue
		}
		w := append(buf[:0], s[start:i]...)
		i, w, letters, digits = changedWord(s, i, w, letters, digits)
		if len(w) > 0 {
			// The word is in buf: passed without a copy, as fn keeps no word it is given.
			emit(unsafe.String(&w[0], len(w)), letters, digits)
		}
		buf = w
	}
	return buf
}

// changedWord reads on the word begun in w from s[i], a letter to be lower-cased, a letter
// beyond Latin-1 or a mark, to its end, and returns where the next word may begin.
func changedWord(s string, i int, w []byte, letters, digits int) (int, []byte, int, int) {
	for i < len(s) {
		c := s[i]
		switch byteClass[c] {
		case classLower:
			w = append(w, c)
			letters++
			i++
			continue
		case classUpper:
			w = append(w, c+'a'-'A')
			letters++
			i++
			continue
		case classDigit:
			w = append(w, c)
			digits++
			i++
			continue
		case classLatin1:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xbf && s[i+1] != 0x97 && s[i+1] != 0xb7 {
				d := s[i+1] // À–ÿ but × and ÷: letters
				if d <= 0x9e {
					d += 0x20 // upper case to lower
				}
				w = append(w, 0xc3, d)
				letters++
				i += 2
				continue
			}
			fallthrough
		case classOther:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				w = utf8.AppendRune(w, unicode.ToLower(r))
				letters++
				i += size
				continue
			}
			if unicode.IsMark(r) && len(w) > 0 {
				w = composed(w, r) // a combining accent belongs to its letter
				i += size
				continue
			}
			return i + size, w, letters, digits
		}
		return i + 1, w, letters, digits
	}
	return i, w, letters, digits
}

// maxWordBytes bounds a word: the longest Finnish compounds have some forty letters; a longer
// run of letters is a web address, a hash or garbage, and would cost the compound split time
// that grows with the square of its length.
const maxWordBytes = 100

// The classes of a text's bytes, for words.
const (
	classSeparator = iota
	classLower
	classUpper
	classDigit
	classLatin1 // 0xc3, the first byte of À–ÿ
	classOther  // the first byte of any other letter, or of a mark
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = classLower
		case 'A' <= c && c <= 'Z':
			t[c] = classUpper
		case '0' <= c && c <= '9':
			t[c] = classDigit
		case c == 0xc3:
			t[c] = classLatin1
		case c >= 0xc0: // a lead byte; continuation bytes (0x80–0xbf) alone are separators
			t[c] = classOther
		}
	}
	return t
}()

// composed appends the combining mark r to the word w, composing ä, ö and å from a letter and
// its mark as a Mac writes them (decomposed), so that both spellings are one word.
func composed(w []byte, r rune) []byte {
	last := w[len(w)-1]
	switch {
	case r == '\u0308' && last == 'a':
		return append(w[:len(w)-1], "ä"...)
	case r == '\u0308' && last == 'o':
		return append(w[:len(w)-1], "ö"...)
	case r == '\u030a' && last == 'a':
		return append(w[:len(w)-1], "å"...)
	}
	return utf8.AppendRune(w, r)
}
