package list

import "strings"

// Splitting a list's CSV text into records. The service's own files quote nothing, and a few
// names hold a `"` as a character ("Musculo"-hieronta); a spreadsheet program that saves a
// list again quotes the values that hold the separator, a quote or a line break, doubling the
// quotes inside. So quoting is decided per value, never per file: a value is quoted only when
// it opens with a quote right after a separator (or at the start of a line) and closes with a
// quote right before one (or at the end of a line), every quote between doubled. Anything else
// holds its quotes as characters. A quoted value that holds neither the separator, a doubled
// quote nor a line break ("Auto2020") is one no spreadsheet writes: it is read as it stands,
// quotes and all, unless the file quotes every value (its header is quoted). A quoted value
// spans lines only in a file that really is a quoted CSV (some value in it is quoted the way
// only a spreadsheet quotes), and a record that spans lines must then have exactly the
// header's cells: otherwise its first line is read alone, its quote as a character.

// maxQuotedLines bounds the lines one quoted value may span.
const maxQuotedLines = 1000

// csvRecords reads the records of a list's text (LF line ends).
type csvRecords struct {
	text      string
	sep       byte
	pos       int
	line      int  // the line at pos
	quoteAll  bool // the header is quoted: every quoted value is one
	multiline bool // a quoted value may span lines: the file is a quoted CSV
	cells     []string
}

func newCSVRecords(text string, sep byte) *csvRecords {
	r := &csvRecords{text: text, sep: sep, line: 1}
	first, _, _ := strings.Cut(text, "\n")
	r.quoteAll = strings.HasPrefix(strings.TrimPrefix(first, "\ufeff"), `"`)
	r.multiline = r.quoteAll || r.spreadsheetQuoted()
	return r
}

// spreadsheetQuoted reports whether some value on a single line is quoted as only a
// spreadsheet quotes it: holding the separator or a doubled quote.
func (r *csvRecords) spreadsheetQuoted() bool {
	for i := 0; i < len(r.text); i++ {
		if r.text[i] != '"' || (i > 0 && r.text[i-1] != r.sep && r.text[i-1] != '\n') {
			continue
		}
		v, end, ok := r.quoted(i, false)
		if ok && (strings.IndexByte(v, r.sep) >= 0 || strings.Contains(r.text[i+1:end-1], `""`)) {
			return true
		}
		if ok {
			i = end - 1
		}
	}
	return false
}

// next returns the next record: its first line, its cells (valid until the next call) and the
// number of lines it spans; ok=false at the end of the text. multiline=false reads one line.
func (r *csvRecords) next(multiline bool) (line int, cells []string, lines int, ok bool) {
	if r.pos >= len(r.text) {
		return 0, nil, 0, false
	}
	line = r.line
	r.cells = r.cells[:0]
	i := r.pos
	for {
		v, end := r.field(i, multiline && r.multiline)
		r.cells = append(r.cells, v)
		if end >= len(r.text) {
			i = end
			break
		}
		if r.text[end] == '\n' {
			i = end + 1
			break
		}
		i = end + 1 // past the separator
	}
	lines = 1 + strings.Count(r.text[r.pos:min(i, len(r.text))], "\n")
	if i <= len(r.text) && i > r.pos && r.text[i-1] == '\n' {
		lines-- // the record's own line end
	}
	r.line += strings.Count(r.text[r.pos:min(i, len(r.text))], "\n")
	r.pos = i
	return line, r.cells, lines, true
}

// rewind goes back to the record that began at line n and byte pos, to read it again.
func (r *csvRecords) rewind(pos, line int) { r.pos, r.line = pos, line }

// field reads the value at i: quoted or as it stands. end is the index of the separator or
// line end after it (or len(text)).
func (r *csvRecords) field(i int, multiline bool) (v string, end int) {
	if i < len(r.text) && r.text[i] == '"' {
		if q, qend, ok := r.quoted(i, multiline); ok && (r.quoteAll || r.spreadsheetValue(q, i, qend)) {
			return q, qend
		}
	}
	end = i
	for end < len(r.text) && r.text[end] != r.sep && r.text[end] != '\n' {
		end++
	}
	return r.text[i:end], end
}

// spreadsheetValue reports whether the quoted value q (text[i:end]) is one a spreadsheet
// quotes: it holds the separator, a line break or a doubled quote.
func (r *csvRecords) spreadsheetValue(q string, i, end int) bool {
	return strings.IndexByte(q, r.sep) >= 0 || strings.IndexByte(q, '\n') >= 0 || strings.Contains(r.text[i+1:end-1], `""`)
}

// quoted reads the quoted value that opens at i: its text with the doubled quotes made one,
// the index after its closing quote, and ok=false when the quote at i opens no well-formed
// value (a quote inside that is neither doubled nor closing, no closing quote, or a line
// break when multiline is false).
func (r *csvRecords) quoted(i int, multiline bool) (string, int, bool) {
	var b strings.Builder
	j := i + 1
	lines := 0
	for {
		k := strings.IndexByte(r.text[j:], '"')
		if k < 0 {
			return "", 0, false
		}
		seg := r.text[j : j+k]
		if n := strings.Count(seg, "\n"); n > 0 {
			lines += n
			if !multiline || lines > maxQuotedLines {
				return "", 0, false
			}
		}
		b.WriteString(seg)
		k += j
		switch {
		case k+1 < len(r.text) && r.text[k+1] == '"':
			b.WriteByte('"')
			j = k + 2
		case k+1 == len(r.text) || r.text[k+1] == r.sep || r.text[k+1] == '\n':
			return b.String(), k + 1, true
		default:
			return "", 0, false
		}
	}
}
