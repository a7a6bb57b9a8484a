// Package page reads a saved web page (HTML, or MHTML saved as one file) as the text a reader of
// it sees, with the line of the page each line of the text began on.
package page

import (
	"bytes"
	"os"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// A description saved from the browser as a web page (.html, .htm) is read as its text, in
// block order, by the same label parser as a plain description. Nothing keys on the page's
// markup (tag names, classes or ids, which real pages will not share with any fixture): only
// what HTML itself says is not text (scripts, styles, the head) is dropped, block boundaries
// become line breaks and table cells are separated by a tab.

// SavedOf returns the saved page whose pictures and styles the folder name holds
// ("S22829_files" beside "S22829.html", as browsers save a page), or "".
func SavedOf(name string, siblings []os.DirEntry) string {
	for _, suffix := range []string{"_files", "_tiedostot"} {
		base, ok := strings.CutSuffix(name, suffix)
		if !ok || base == "" {
			continue
		}
		for _, s := range siblings {
			if n := s.Name(); !s.IsDir() && Is(n, nil) && strings.TrimSuffix(n, path.Ext(n)) == base {
				return n
			}
		}
	}
	return ""
}

// Is reports whether a file is a saved web page: by its name, or by how it begins.
func Is(file string, b []byte) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	head := bytes.TrimLeft(b[:min(len(b), 512)], "\ufeff \t\r\n")
	for _, p := range []string{"<!doctype html", "<html"} {
		if len(head) >= len(p) && bytes.EqualFold(head[:len(p)], []byte(p)) {
			return true
		}
	}
	return false
}

// Text is the text of a web page, decoded from the charset the page declares (else UTF-8
// when valid, else Windows-1252), and for each of its lines the line of the page it began on.
// contentType is what a saved page's MIME part says of it ("" for a page file).
func Text(b []byte, contentType string) (string, []int) {
	b = pageUTF8(b, contentType)
	t := &pageWriter{line: 1}
	z := html.NewTokenizer(bytes.NewReader(b))
	skip := 0 // inside an element whose content is not text
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := t.line
		t.line += bytes.Count(raw, []byte("\n"))
		name, _ := z.TagName()
		a := atom.Lookup(name)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if notText[a] {
				if tt == html.StartTagToken && !voidElement[a] {
					skip++
				}
				continue
			}
			if a == atom.A && tt == html.StartTagToken {
				t.links++
			}
			t.tag(a, start, true)
		case html.EndTagToken:
			if notText[a] {
				skip = max(0, skip-1)
				continue
			}
			if a == atom.A {
				t.links = max(0, t.links-1)
			}
			t.tag(a, start, false)
		case html.TextToken:
			if skip == 0 {
				t.text(string(z.Text()), start)
			}
		}
	}
	t.breakLine()
	return strings.Join(t.lines, "\n"), t.from
}

// pageUTF8 decodes the page from the charset its byte-order mark or <meta> declares; without
// one, valid UTF-8 stays as it is and anything else is read as Windows-1252.
func pageUTF8(b []byte, contentType string) []byte {
	if contentType == "" {
		contentType = "text/html"
	}
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if !certain && utf8.Valid(b) {
		return b
	}
	if name == "utf-8" && utf8.Valid(b) {
		return bytes.TrimPrefix(b, []byte("\ufeff"))
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return b
	}
	return out
}

// notText are the elements whose content is never the page's text.
var notText = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Select: true,
	atom.Button: true,
}

// voidElement are the elements without an end tag.
var voidElement = map[atom.Atom]bool{atom.Img: true, atom.Input: true, atom.Meta: true, atom.Link: true}

// inline are the elements that do not break a line (every other element does: an unknown
// element is taken for a block, so that texts never run together).
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Kbd: true, atom.Label: true, atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true,
	atom.Small: true, atom.Span: true, atom.Strike: true, atom.Strong: true, atom.Sub: true,
	atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true, atom.Var: true, atom.Wbr: true,
	atom.Nobr: true, atom.Big: true, atom.Img: true,
}

// pageWriter gathers a page's lines.
type pageWriter struct {
	lines []string
	from  []int // the page's line each of lines began on
	cur   strings.Builder
	start int  // the page line cur began on
	line  int  // the page's line now
	space bool // a space is owed before the next word
	links int  // inside this many links
	// linked and plain count the letters of cur inside links and outside them.
	linked, plain int
}

// tag handles an element's start or end: a cell after another starts with a tab, any other
// block breaks the line, an inline element does nothing.
func (t *pageWriter) tag(a atom.Atom, at int, start bool) {
	switch {
	case a == atom.Td || a == atom.Th:
		if start && t.cur.Len() > 0 {
			t.cur.WriteByte('\t')
			t.space = false
		}
	case a == atom.Br || !inline[a]:
		t.breakLine()
		t.start = at
	}
}

// text adds a run of text, its white space collapsed as a browser shows it.
func (t *pageWriter) text(s string, at int) {
	lead := len(s) > 0 && isSpace(s[0])
	trail := len(s) > 0 && isSpace(s[len(s)-1])
	words := strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && isSpace(byte(r)) })
	if len(words) == 0 {
		if lead && t.cur.Len() > 0 {
			t.space = true
		}
		return
	}
	if t.cur.Len() == 0 {
		t.start = at
	} else if lead || t.space {
		t.cur.WriteByte(' ')
	}
	joined := strings.Join(words, " ")
	t.cur.WriteString(joined)
	if t.links > 0 {
		t.linked += utf8.RuneCountInString(joined)
	} else {
		t.plain += utf8.RuneCountInString(joined)
	}
	t.space = trail
}

// navigation reports whether the line being gathered is a menu or a site's footer rather than
// the description: it has a link, and little else that is not a "Label:" line (a link as a
// label's value, "WWW-osoite: http://…", is the description's).
func (t *pageWriter) navigation(s string) bool {
	if t.linked == 0 || strings.Contains(s, ": ") {
		return false
	}
	return t.plain < 40
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// breakLine ends the line being gathered. Blocks give no blank lines between them: a page
// shows its paragraphs apart by their margins, as a description's text lines are apart.
func (t *pageWriter) breakLine() {
	s := strings.TrimRight(t.cur.String(), "\t ")
	nav := t.navigation(s)
	t.cur.Reset()
	t.space, t.linked, t.plain = false, 0, 0
	if s == "" || nav {
		return
	}
	t.lines = append(t.lines, s)
	t.from = append(t.from, max(t.start, 1))
}
