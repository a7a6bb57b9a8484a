// Package decode turns a file's bytes into text: UTF-8, UTF-16 or Windows-1252 line by line,
// with LF line ends and control characters dropped, and tells a binary file by its first bytes.
// The readers of descriptions, saved pages and lists share it.
package decode

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Text is a file's text, with what the decoding noticed.
type Text struct {
	// Text has LF line ends only. It is always memory of its own, never the caller's bytes:
	// the loader reuses its read buffer, and every string of a project is cut from Text.
	Text     string
	Encoding string // "" for UTF-8, else the encoding the whole file was read as
	BadLines []int  // in a UTF-8 file, the lines that were not UTF-8 (read as Windows-1252)
	Controls []int  // the lines that held control characters (dropped from the text)
}

// Kind is what a file's bytes say it is: the code of the problem that skips it, with its
// arguments.
type Kind struct {
	Code string
	Args []string
}

// magics are the first bytes of the formats that are not text, and what each file is.
var magics = []struct {
	prefix string
	what   Kind
}{
	{"\x89PNG", Kind{"image", []string{"Kind", "PNG"}}},
	{"\xff\xd8\xff", Kind{"image", []string{"Kind", "JPEG"}}},
	{"GIF8", Kind{"image", []string{"Kind", "GIF"}}},
	{"II*\x00", Kind{"image", []string{"Kind", "TIFF"}}},
	{"MM\x00*", Kind{"image", []string{"Kind", "TIFF"}}},
	{"%PDF", Kind{Code: "pdf"}},
	{"PK\x03\x04", Kind{Code: "office_zip"}},
	{"\xd0\xcf\x11\xe0", Kind{Code: "office_old"}},
	{"{\\rtf", Kind{Code: "rtf"}},
	{"RIFF", Kind{Code: "riff"}},
}

// Sniff tells what a file is when its bytes already say it is not text.
func Sniff(b []byte) (Kind, bool) {
	for _, m := range magics {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			return Kind{m.what.Code, slices.Clone(m.what.Args)}, true
		}
	}
	// "BM" is too short a magic to trust alone: a bitmap also has a zero byte in its header.
	if len(b) > 14 && bytes.HasPrefix(b, []byte("BM")) && bytes.IndexByte(b[:min(len(b), 64)], 0) >= 0 {
		return Kind{"image", []string{"Kind", "BMP"}}, true
	}
	return Kind{}, false
}

// decode turns a file's bytes into text of its own: UTF-16 when a byte-order mark says so,
// UTF-8 when valid (dropping a BOM), and otherwise line by line, each line as UTF-8 when it is
// valid and as Windows-1252 when it is not, so that a few damaged bytes do not garble the rest.
// CRLF, CR and LF all end a line. It returns ok=false for binary content.
func Bytes(b []byte) (Text, bool) { return decodeText(b, true) }

// KeepSpaces is decode without turning tabs and no-break spaces into spaces: a list's
// tab separates its cells, and a no-break space in a value is the value's.
func KeepSpaces(b []byte) (Text, bool) { return decodeText(b, false) }

// decodeText is KeepSpaces, and Bytes when plain. A UTF-8 file without control characters
// (most) has its spaces made plain as it is copied: copying it and then replacing its no-break
// spaces made two copies of every description.
func decodeText(b []byte, plain bool) (Text, bool) {
	var d Text
	copiedPlain := false
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}), bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		s, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return d, false
		}
		b = s
		d.Encoding = "UTF-16"
	case bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}):
		b = b[3:]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return d, false
	}
	sc := scanText(b)
	switch {
	case sc.valid && plain && sc.controls == 0: // no controls to count against the length below
		d.Text, copiedPlain = lineEnds(plainCopy(b)), true // plainCopy copies: d.Text never aliases b
	case sc.valid:
		d.Text = lineEnds(string(b)) // string(b) copies: d.Text never aliases b
	default:
		text, bad, nonASCII := decodeLines(b)
		d.Text = text
		if len(bad) == len(nonASCII) { // bad is a part of nonASCII
			d.Encoding = "Windows-1252" // every line with a letter beyond ASCII: the whole file
		} else {
			d.BadLines = bad
		}
		sc = scanText([]byte(text)) // what Windows-1252 made of the bytes (C1 controls among them)
	}
	if float64(sc.controls) > 0.05*float64(len(d.Text)) { // text has next to none
		return Text{}, false
	}
	if sc.drop {
		d.Text, d.Controls = DropControls(d.Text)
	}
	if plain && !copiedPlain {
		d.Text = PlainSpaces(d.Text)
	}
	return d, true
}

// DropControls removes the control characters from text (C0 but tab and line feed, DEL, C1):
// no description means them, and on a terminal or in a spreadsheet they do harm. It returns
// the numbers of the lines that held any but a form feed (a page break, dropped silently).
func DropControls(text string) (string, []int) {
	if !HasControls(text) {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	var lines []int
	n, marked := 1, false
	for _, r := range text {
		switch {
		case r == '\n':
			n, marked = n+1, false
		case r == '\f':
			continue
		case r == '\t':
		case r < 0x20, r >= 0x7f && r < 0xa0:
			if !marked {
				lines, marked = append(lines, n), true
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), lines
}

// HasControls reports whether text holds a character DropControls drops.
func HasControls(text string) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c < 0x20 && c != '\t' && c != '\n', c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] < 0xa0: // C1
			return true
		}
	}
	return false
}

// lineEnds turns CRLF and CR into LF.
func lineEnds(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// decodeLines decodes b line by line: a line that is valid UTF-8 as it is, any other as
// Windows-1252. It returns the text with LF line ends, the numbers of the lines read as
// Windows-1252, and those of all lines with a byte beyond ASCII.
func decodeLines(b []byte) (text string, bad, nonASCII []int) {
	var out strings.Builder
	out.Grow(len(b) + len(b)/8)
	dec := charmap.Windows1252.NewDecoder()
	for n := 1; len(b) > 0; n++ {
		end := bytes.IndexAny(b, "\r\n")
		if end < 0 {
			end = len(b)
		}
		seg := b[:end]
		switch {
		case isASCII(seg):
			out.Write(seg)
		case utf8.Valid(seg):
			nonASCII = append(nonASCII, n)
			out.Write(seg)
		default:
			nonASCII = append(nonASCII, n)
			bad = append(bad, n)
			s, _ := dec.Bytes(seg) // Windows-1252 maps every byte
			out.Write(s)
		}
		b = b[end:]
		switch {
		case len(b) >= 2 && b[0] == '\r' && b[1] == '\n':
			b = b[2:]
		case len(b) > 0:
			b = b[1:]
		default:
			return out.String(), bad, nonASCII
		}
		out.WriteByte('\n')
	}
	return out.String(), bad, nonASCII
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// LineList writes line numbers for a warning: "3, 17, 40" or "3, 17, 40 … (12 lines)".
func LineList(ns []int) string {
	const most = 8
	var parts []string
	for i, n := range ns {
		if i == most {
			return strings.Join(parts, ", ") + " … (" + strconv.Itoa(len(ns)) + " lines)"
		}
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, ", ")
}

// PlainSpaces turns the spaces that copying from web pages and word processors brings — tabs,
// no-break, thin and figure spaces — into plain ones, so that labels, headings, figures and
// scores match whatever space stands between their words. It is done once on a file's text,
// one kind at a time (strings.Contains and ReplaceAll search far faster than a loop over runes).
func PlainSpaces(s string) string {
	for _, sp := range oddSpaces {
		if strings.Contains(s, sp) {
			s = strings.ReplaceAll(s, sp, " ")
		}
	}
	return s
}

// oddSpaces are the spaces PlainSpaces makes plain.
var oddSpaces = []string{"\t", "\u00a0", "\u2007", "\u2009", "\u202f"}

// plainCopy is PlainSpaces(string(b)) with one copy of b, not two, when b holds one kind of
// odd space (a description's no-break spaces).
func plainCopy(b []byte) string {
	for i, sp := range oddSpaces {
		if !bytes.Contains(b, []byte(sp)) {
			continue
		}
		s := replaceCopy(b, sp)
		for _, sp := range oddSpaces[i+1:] {
			if strings.Contains(s, sp) {
				s = strings.ReplaceAll(s, sp, " ")
			}
		}
		return s
	}
	return string(b)
}

// replaceCopy is b as a string with every sp a plain space.
func replaceCopy(b []byte, sp string) string {
	var out strings.Builder
	out.Grow(len(b))
	for {
		i := bytes.Index(b, []byte(sp))
		if i < 0 {
			out.Write(b)
			return out.String()
		}
		out.Write(b[:i])
		out.WriteByte(' ')
		b = b[i+len(sp):]
	}
}

// ContainsFold reports whether s holds word, ignoring ASCII case; word is lower-case ASCII.
// s may be a file's bytes, looked at without a copy.
func ContainsFold[T string | []byte](s T, word string) bool {
	first := word[0]
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == first && strings.EqualFold(string(s[i:i+len(word)]), word) {
			return true
		}
	}
	return false
}
