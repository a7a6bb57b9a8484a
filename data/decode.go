package data

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decoded is a file's text, with what the decoding noticed.
type decoded struct {
	text     string // with LF line ends only
	encoding string // "" for UTF-8, else the encoding the bytes were read as
}

// sniff names what a file is when its bytes already say it is not text: "" for text.
func sniff(b []byte) string {
	magic := []struct {
		prefix string
		what   string
	}{
		{"\x89PNG", "a PNG image"},
		{"\xff\xd8\xff", "a JPEG image"},
		{"GIF8", "a GIF image"},
		{"BM", ""}, // checked below: too short a magic to trust alone
		{"II*\x00", "a TIFF image"},
		{"MM\x00*", "a TIFF image"},
		{"%PDF", "a PDF document (convert it to text first)"},
		{"PK\x03\x04", "a ZIP archive or Office document (.docx/.xlsx/.odt)"},
		{"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc/.xls)"},
		{"{\\rtf", "an RTF document (save it as plain text first)"},
		{"RIFF", "a RIFF media file (e.g. WebP image or WAV sound)"},
	}
	for _, m := range magic {
		if m.what != "" && bytes.HasPrefix(b, []byte(m.prefix)) {
			return m.what
		}
	}
	if len(b) > 14 && bytes.HasPrefix(b, []byte("BM")) && bytes.IndexByte(b[:64], 0) >= 0 {
		return "a BMP image"
	}
	return ""
}

// decode turns a file's bytes into text: UTF-16 when a byte-order mark says so, UTF-8 when
// valid (dropping a BOM), Windows-1252 otherwise; CRLF, CR and LF all end a line. It returns
// ok=false for binary content.
func decode(b []byte) (decoded, bool) {
	var d decoded
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}), bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		s, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return d, false
		}
		b = s
		d.encoding = "UTF-16"
	case bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}):
		b = b[3:]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return d, false
	}
	text := ""
	if valid, controls := scanUTF8(b); valid {
		if float64(controls) > 0.05*float64(len(b)) {
			return d, false
		}
		// No copy: the parser clones every string it keeps (see parser.keep), so nothing
		// retains b once Parse returns.
		text = unsafe.String(unsafe.SliceData(b), len(b))
	} else {
		s, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return d, false
		}
		text = string(s)
		d.encoding = "Windows-1252"
		if controlShare(text) > 0.05 {
			return d, false
		}
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	d.text = text
	return d, true
}

// controlShare is the share of control characters (see isControl): text has next to none,
// binary data many.
func controlShare(s string) float64 {
	if s == "" {
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if isControl(s[i]) {
			n++
		}
	}
	return float64(n) / float64(len(s))
}

// isControl reports whether c is a C0 control character other than tab, line ends and form
// feed, which text may hold.
func isControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'
}

// scanUTF8 reports whether b is valid UTF-8 and, if so, how many control characters (see
// isControl) it holds: one pass instead of utf8.Valid and a count,
// eight ASCII bytes at a time where no control character is among them (most of a text).
func scanUTF8(b []byte) (valid bool, controls int) {
	const high, space = 0x8080808080808080, 0x2020202020202020
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			// All ASCII, and no byte below 0x20 (the "has less than" bit trick, exact for
			// ASCII bytes).
			if x&high == 0 && (x-space)&^x&high == 0 {
				i += 8
				continue
			}
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if isControl(c) {
				controls++
			}
			i++
			continue
		}
		if c >= 0xc2 && c <= 0xdf && i+1 < len(b) && b[i+1]&0xc0 == 0x80 { // ä, ö, å, é…
			i += 2
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return false, 0
		}
		i += size
	}
	return true, controls
}
