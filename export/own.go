package export

import (
	"strings"

	"vertailu/data"
	"vertailu/data/locale"
)

// OwnNotes gives the officer's own notes and tags on a project (by its code), for the outputs
// that print them when asked (the summary page, the meeting pack, the table's CSV and XLSX).
// It is called from several goroutines at once, so it reads a snapshot, not the notebook.
type OwnNotes func(code string) (notes []data.Note, tags []string)

// OwnFromLayer is an OwnNotes over a reading of the notebook.
func OwnFromLayer(l data.OwnLayer) OwnNotes {
	notes := map[string][]data.Note{}
	for _, n := range l.Notes {
		c := data.CleanCode(n.Code)
		notes[c] = append(notes[c], n)
	}
	tags := map[string][]string{}
	for _, t := range l.Tags {
		c := data.CleanCode(t.Code)
		tags[c] = append(tags[c], t.Tag)
	}
	for _, ts := range tags {
		data.SortTexts(ts)
	}
	return func(code string) ([]data.Note, []string) {
		c := data.CleanCode(code)
		return notes[c], tags[c]
	}
}

// ownText is a project's notes and tags as text: the tags on a line, then each note with its
// date and author before it; "" when there are none.
func ownText(notes []data.Note, tags []string, l *labels) string {
	var b strings.Builder
	if len(tags) > 0 {
		b.WriteString(l.lang.T("Tags") + ": " + strings.Join(tags, ", "))
	}
	for _, n := range notes {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(noteHead(n, string(l.lang)) + ": " + paragraphs(n.Text))
	}
	return b.String()
}

// noteHead is a note's date and author: "2.12.2026 Maija Meikäläinen".
func noteHead(n data.Note, lang string) string {
	head := locale.Of(lang).Date(n.Created.Local())
	if n.Author != "" {
		head += " " + n.Author
	}
	return head
}

// ownBlock draws the project's notes and tags under their own heading in at most n lines of
// text; a cut text ends with an ellipsis and says the rest is in Vertailu.
func (pg *page) ownBlock(text string, n int, lh float64) {
	pg.block(pg.l.lang.T("My notes"), text, n, lh, pg.l.lang.T("More notes in Vertailu"))
	pg.y += 1.5
}

// paragraphs is a note's text with its paragraphs on lines of their own, without the blank
// lines between them (a page has little room).
func paragraphs(text string) string {
	var ls []string
	for l := range strings.SplitSeq(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			ls = append(ls, l)
		}
	}
	return strings.Join(ls, "\n")
}
