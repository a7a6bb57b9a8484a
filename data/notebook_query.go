package data

import (
	"slices"
	"strings"
)

// OwnIndex is the officer's own layer as a query reads it: per project code, how many notes it
// has, its tags, and the folded text of both (the search finds a project by its notes). It is
// made off the UI goroutine when the notes change, and is not changed after.
type OwnIndex struct {
	text  map[string]string   // code → folded text of its notes and tags
	tags  map[string][]string // code → its tags, in Finnish order
	notes map[string]int      // code → how many notes
	all   []string            // every tag, in Finnish order
}

// NewOwnIndex indexes notes and tags.
func NewOwnIndex(notes []Note, tags []Tag) *OwnIndex {
	o := &OwnIndex{text: map[string]string{}, tags: map[string][]string{}, notes: map[string]int{}}
	texts := map[string][]string{}
	for _, n := range notes {
		c := CleanCode(n.Code)
		o.notes[c]++
		texts[c] = append(texts[c], n.Text)
	}
	seen := map[string]bool{}
	for _, t := range tags {
		c := CleanCode(t.Code)
		o.tags[c] = append(o.tags[c], t.Tag)
		texts[c] = append(texts[c], t.Tag)
		if !seen[t.Tag] {
			seen[t.Tag] = true
			o.all = append(o.all, t.Tag)
		}
	}
	for c, ts := range o.tags {
		SortTexts(ts)
		o.tags[c] = slices.Compact(ts)
	}
	SortTexts(o.all)
	for c, ts := range texts {
		o.text[c] = Fold(strings.Join(ts, "\n"))
	}
	return o
}

// NoteCount is how many notes the project with code has (0 for a nil index).
func (o *OwnIndex) NoteCount(code string) int {
	if o == nil {
		return 0
	}
	return o.notes[CleanCode(code)]
}

// Tags returns the project's tags, in Finnish order.
func (o *OwnIndex) Tags(code string) []string {
	if o == nil {
		return nil
	}
	return o.tags[CleanCode(code)]
}

// AllTags returns every tag in use, in Finnish order.
func (o *OwnIndex) AllTags() []string {
	if o == nil {
		return nil
	}
	return o.all
}

// matchesText reports whether every word is in the project's folded search text or in the
// folded text of its notes and tags.
func (q Query) matchesText(folded string, p *Project, words []string) bool {
	if len(words) == 0 {
		return true
	}
	if q.Own == nil || len(q.Own.text) == 0 {
		return matchesText(folded, words)
	}
	own, looked := "", false // the notes' text, looked up only when the project's own lacks a word
	for _, w := range words {
		if strings.Contains(folded, w) {
			continue
		}
		if !looked {
			own, looked = q.Own.text[CleanCode(p.Code)], true
		}
		if !strings.Contains(own, w) {
			return false
		}
	}
	return true
}

// matchesTags reports whether the project has any of q.Tags (true when none are asked for).
func (q Query) matchesTags(p *Project) bool {
	if len(q.Tags) == 0 {
		return true
	}
	return anyIn(q.Own.Tags(p.Code), q.Tags)
}

// OwnColumns are the columns of the officer's own tags and notes (keys own_tags and
// own_notes), for a table output that includes them: the tags joined by ", ", each note as
// "date author: text", the notes apart by a blank line.
func OwnColumns(l OwnLayer) []Column {
	notes := map[string][]string{}
	for _, n := range l.Notes {
		c := CleanCode(n.Code)
		head := n.Created.Format("2006-01-02")
		if n.Author != "" {
			head += " " + n.Author
		}
		notes[c] = append(notes[c], head+": "+strings.TrimSpace(n.Text))
	}
	tags := map[string][]string{}
	for _, t := range l.Tags {
		c := CleanCode(t.Code)
		tags[c] = append(tags[c], t.Tag)
	}
	for _, ts := range tags {
		SortTexts(ts)
	}
	return []Column{
		textCol("own_tags", func(p *Project) string { return strings.Join(tags[CleanCode(p.Code)], ", ") }),
		textCol("own_notes", func(p *Project) string { return strings.Join(notes[CleanCode(p.Code)], "\n\n") }),
	}
}
