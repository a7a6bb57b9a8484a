package export

import (
	"strings"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
)

// ellipsis ends a text that was cut to fit.
const ellipsis = " …"

// wrapped is one line of wrapped text and the byte offset in the source just after it.
type wrapped struct {
	text string
	end  int
}

// wrap breaks text into lines no wider than w in the current font, greedily at spaces; a
// '\n' starts a new line and a word wider than w is broken between characters. It stops after
// max lines (max ≤ 0: no limit) and reports whether the whole text was placed.
func wrap(pdf *fpdf.Fpdf, text string, w float64, max int) ([]wrapped, bool) {
	var lines []wrapped
	space := pdf.GetStringWidth(" ")
	var cur strings.Builder
	curW := 0.0
	flush := func(end int) bool {
		lines = append(lines, wrapped{text: cur.String(), end: end})
		cur.Reset()
		curW = 0
		return max > 0 && len(lines) >= max
	}
	pos := 0
	for pos < len(text) {
		if text[pos] == '\n' {
			if flush(pos) && pos+1 < len(text) {
				return lines, false
			}
			pos++
			continue
		}
		if text[pos] == ' ' {
			pos++
			continue
		}
		end := pos
		for end < len(text) && text[end] != ' ' && text[end] != '\n' {
			end++
		}
		word := text[pos:end]
		ww := pdf.GetStringWidth(word)
		if cur.Len() > 0 && curW+space+ww <= w {
			cur.WriteByte(' ')
			cur.WriteString(word)
			curW += space + ww
			pos = end
			continue
		}
		if cur.Len() > 0 {
			if flush(pos) {
				return lines, false
			}
		}
		if ww <= w {
			cur.WriteString(word)
			curW = ww
			pos = end
			continue
		}
		// A word wider than the line: as many characters as fit, then the rest on the next line.
		n := fitRunes(pdf, word, w)
		cur.WriteString(word[:n])
		pos += n
		if flush(pos) && pos < len(text) {
			return lines, false
		}
	}
	if cur.Len() > 0 || len(lines) == 0 {
		lines = append(lines, wrapped{text: cur.String(), end: len(text)})
	}
	return lines, true
}

// fitRunes returns how many bytes of word's leading runes fit in w (at least one rune).
func fitRunes(pdf *fpdf.Fpdf, word string, w float64) int {
	width := 0.0
	for i, r := range word {
		rw := pdf.GetStringWidth(string(r))
		if width+rw > w && i > 0 {
			return i
		}
		width += rw
	}
	return len(word)
}

// lineTexts returns the text of each wrapped line.
func lineTexts(ls []wrapped) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.text
	}
	return out
}

// fitText wraps text into at most n lines of width w. When it does not fit, the text is cut at
// the end of a sentence (when one ends near the cut) or else at a word boundary, and ends with
// an ellipsis; cut reports that.
func fitText(pdf *fpdf.Fpdf, text string, w float64, n int) (lines []string, cut bool) {
	if n <= 0 {
		return nil, text != ""
	}
	ls, complete := wrap(pdf, text, w, n)
	if complete {
		return lineTexts(ls), false
	}
	kept := text[:ls[len(ls)-1].end]
	for range 64 {
		kept = cutAtBoundary(kept)
		ls, complete = wrap(pdf, kept+ellipsis, w, n)
		if complete {
			return lineTexts(ls), true
		}
		kept = dropLastWord(kept)
	}
	ls, _ = wrap(pdf, "…", w, 1)
	return lineTexts(ls), true
}

// cutAtBoundary shortens s to the end of its last sentence when that lies in its last 100
// bytes (under a line), and otherwise to its last whole word; trailing punctuation that would
// read oddly before the ellipsis goes.
func cutAtBoundary(s string) string {
	if i := lastSentenceEnd(s); i > 0 && len(s)-i < 100 {
		return s[:i]
	}
	s = dropLastWord(s)
	return strings.TrimRight(s, " ,;:–-(\n")
}

// lastSentenceEnd returns the index just after the last ". ", "! " or "? " (or the same before
// a line break) in s, or -1.
func lastSentenceEnd(s string) int {
	for i := len(s) - 2; i > 0; i-- {
		if (s[i+1] == ' ' || s[i+1] == '\n') && (s[i] == '.' || s[i] == '!' || s[i] == '?') {
			return i + 1
		}
	}
	return -1
}

// dropLastWord removes the last (possibly partial) word of s.
func dropLastWord(s string) string {
	s = strings.TrimRight(s, " \n")
	if i := strings.LastIndexAny(s, " \n"); i > 0 {
		return strings.TrimRight(s[:i], " \n")
	}
	// One long word: keep its first half.
	n := utf8.RuneCountInString(s) / 2
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return ""
}

// fitList joins items with ", " into at most n lines of width w, naming as many items as fit
// and then how many more there are (more words that: "+3 more").
func fitList(pdf *fpdf.Fpdf, items []string, w float64, n int, more func(int) string) []string {
	join := func(k int) string {
		s := strings.Join(items[:k], ", ")
		if k < len(items) {
			if k > 0 {
				s += ", "
			}
			s += more(len(items) - k)
		}
		return s
	}
	if ls, ok := wrap(pdf, join(len(items)), w, n); ok {
		return lineTexts(ls)
	}
	lo, hi := 0, len(items)-1 // join(lo) is assumed to fit; find the largest that does
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if _, ok := wrap(pdf, join(mid), w, n); ok {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 { // not even the first item fits whole: as much of it as fits, then the count
		return firstAndMore(pdf, items, w, n, more)
	}
	lines, _ := fitText(pdf, join(lo), w, n)
	return lines
}

// firstAndMore cuts the first item to fit and counts the rest: "Very long na…, +59 more".
func firstAndMore(pdf *fpdf.Fpdf, items []string, w float64, n int, more func(int) string) []string {
	sfx := more(len(items) - 1)
	if n == 1 {
		return []string{fitLine(pdf, items[0], w-pdf.GetStringWidth(", "+sfx)) + ", " + sfx}
	}
	lines, _ := fitText(pdf, items[0], w, n-1)
	return append(lines, sfx)
}

// fitLine cuts s to one line of width w, with an ellipsis when it was too long.
func fitLine(pdf *fpdf.Fpdf, s string, w float64) string {
	lines, _ := fitText(pdf, s, w, 1)
	if len(lines) == 0 {
		return ""
	}
	return lines[0]
}
