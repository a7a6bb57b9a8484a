package charts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CleanText makes s safe for the PDF library and the charts' fonts, the one cleaner of every
// text drawn: invalid UTF-8 and runes above U+FFFF (which make fpdf panic) become U+FFFD,
// control characters and line breaks become spaces, runs of spaces collapse, format and
// private-use characters are dropped; with multiline, line breaks between paragraphs stay.
func CleanText(s string, multiline bool) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\n' && multiline:
			b.WriteByte('\n')
			space = false
			continue
		case r > 0xFFFF:
			r = '\uFFFD'
		case r == '\u00a0':
			// the no-break space of data's figures stays: it keeps "95 084 €" on one line
		case unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029':
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case unicode.Is(unicode.Cf, r) || (r >= 0xE000 && r <= 0xF8FF) || r == 0xFEFF:
			continue // format and private-use characters the font cannot show
		}
		space = false
		b.WriteRune(r)
	}
	out := b.String()
	if !multiline {
		return strings.TrimSpace(out)
	}
	// Paragraphs: one line break between them, no blank ones.
	parts := strings.Split(out, "\n")
	kept := parts[:0]
	for _, part := range parts {
		if part = strings.TrimSpace(part); part != "" {
			kept = append(kept, part)
		}
	}
	return strings.Join(kept, "\n")
}
