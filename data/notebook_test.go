package data

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestMergeOwn(t *testing.T) {
	t0 := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	have := OwnLayer{
		Notes:      []Note{{ID: "a", Code: "S1", Text: "same"}, {ID: "b", Code: "S1", Text: "mine"}},
		Tags:       []Tag{{Code: "S1", Tag: "risk"}},
		Selections: []Selection{{Name: "Komitea", Codes: []string{"S1", "S2"}}, {Name: "Other", Codes: []string{"S3"}}},
	}
	in := OwnLayer{
		Notes: []Note{
			{ID: "a", Code: "S1", Text: "same"},             // the same note: one
			{ID: "b", Code: "S1", Text: "theirs"},           // a conflict: both kept
			{ID: "c", Code: "s9", Text: "new", Created: t0}, // new
			{ID: "d", Code: "", Text: "no code"},            // not a note
		},
		Tags:       []Tag{{Code: "s1", Tag: " risk "}, {Code: "S2", Tag: "follow up"}},
		Selections: []Selection{{Name: "Komitea", Codes: []string{"S1", "S2"}}, {Name: "Other", Codes: []string{"S4"}}, {Name: "New", Codes: nil}},
	}
	add, rep := MergeOwn(have, in)
	if rep.NotesAdded != 2 || rep.NotesSame != 1 || len(rep.NoteConflicts) != 1 || rep.TagsAdded != 1 || rep.TagsSame != 1 ||
		rep.SelectionsAdded != 2 || rep.SelectionsSame != 1 || strings.Join(rep.SelectionConflicts, ",") != "Other (imported)" {
		t.Fatalf("report %+v", rep)
	}
	if add.Notes[0].ID == "b" || add.Notes[0].Text != "theirs" || add.Notes[1].Code != "S9" {
		t.Errorf("notes added %+v", add.Notes)
	}
	// importing what was added again adds nothing
	have.Notes = append(have.Notes, add.Notes...)
	have.Tags = append(have.Tags, add.Tags...)
	have.Selections = append(have.Selections, add.Selections...)
	add2, rep2 := MergeOwn(have, add)
	if len(add2.Notes)+len(add2.Tags)+len(add2.Selections) != 0 || rep2.NotesSame != 2 {
		t.Errorf("a second import added %+v (%+v)", add2, rep2)
	}
	if _, rep := MergeOwn(have, OwnLayer{Selections: []Selection{{Name: "Other", Codes: []string{"S5"}}}}); rep.SelectionConflicts[0] != "Other (imported 2)" {
		t.Errorf("second conflict named %v", rep.SelectionConflicts)
	}
}

func TestOwnJSONRoundTrip(t *testing.T) {
	t0 := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	l := OwnLayer{
		Notes:      []Note{{ID: "a", Code: "S1", Text: "two\n\nparagraphs <&>", Created: t0, Edited: t0, Author: "maija"}},
		Tags:       []Tag{{Code: "S1", Tag: "riski", Added: t0}},
		Selections: []Selection{{Name: "Ääni", Codes: []string{"S1"}, Saved: t0}},
	}
	var b bytes.Buffer
	if err := WriteOwnJSON(&b, l, t0); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"format": "vertailu-notebook"`) || !strings.Contains(b.String(), "<&>") {
		t.Errorf("file:\n%s", b.String())
	}
	got, err := ReadOwnJSON(&b)
	if err != nil || len(got.Notes) != 1 || got.Notes[0] != l.Notes[0] || got.Selections[0].Name != "Ääni" {
		t.Fatalf("read back %+v %v", got, err)
	}
	for _, bad := range []string{"", "[1,2]", `{"format": "other"}`, "{\n\"format\": \"vertailu-notebook\",\n\"notes\": [1]}", "{\n\n  oops"} {
		_, err := ReadOwnJSON(strings.NewReader(bad))
		if !errors.Is(err, ErrNotOwnFile) {
			t.Errorf("%q: %v", bad, err)
		}
	}
	_, err = ReadOwnJSON(strings.NewReader("{\n\"format\": \"vertailu-notebook\",\n\"notes\": [1]}"))
	if !strings.Contains(err.Error(), "line 3") {
		t.Errorf("no line in %v", err)
	}
}

func TestOwnCSV(t *testing.T) {
	var b bytes.Buffer
	l := OwnLayer{Notes: []Note{{Code: "S1", Text: "=cmd()", Author: "a"}, {Code: "=HYPERLINK()", Text: "x"}}, Tags: []Tag{{Code: "S1", Tag: "risk"}}, Selections: []Selection{{Name: "K", Codes: []string{"S1", "S2"}}}}
	if err := WriteOwnCSV(&b, l); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if !strings.HasPrefix(s, "\ufeffkind,code,text") || !strings.Contains(s, "note,S1,'=cmd()") || !strings.Contains(s, "note,'=HYPERLINK()") || strings.Count(s, "selection,") != 2 {
		t.Errorf("csv:\n%s", s)
	}
}

func TestMemoryNotebook(t *testing.T) {
	m := NewMemoryNotebook()
	n, _ := m.SaveNote(Note{Code: "s1", Text: "x"})
	m.SaveDraft(Draft{Code: "S1", Text: "y"})
	n.Text = "x2"
	if _, err := m.SaveNote(n); err != nil {
		t.Fatal(err)
	}
	if notes, _ := m.Notes("S1"); len(notes) != 1 || notes[0].Text != "x2" {
		t.Errorf("notes %+v", notes)
	}
	m.Fail = ErrNotebookFull
	if _, err := m.SaveNote(Note{Code: "S1", Text: "z"}); !errors.Is(err, ErrNotebookFull) {
		t.Errorf("fail: %v", err)
	}
}

func TestQueryFindsNotesAndTags(t *testing.T) {
	s := NewStore()
	s.Set(&LoadResult{Projects: []*Project{
		{File: "a.txt", Code: "S1", Name: "Työllisyys"},
		{File: "b.txt", Code: "S2", Name: "Osaaminen"},
	}})
	own := NewOwnIndex(
		[]Note{{Code: "s2", Text: "Kokous Rääkkylässä:\n\nseuraa budjettia"}, {Code: "S2", Text: "toinen"}, {Code: "S9", Text: "not loaded"}},
		[]Tag{{Code: "S1", Tag: "riski"}, {Code: "S2", Tag: "hyvä käytäntö"}, {Code: "S2", Tag: "riski"}},
	)
	codes := func(q Query) string {
		var out []string
		for _, p := range s.Query(q) {
			out = append(out, p.Code)
		}
		return strings.Join(out, ",")
	}
	if got := codes(Query{Text: "raakkylassa budjet", Own: own}); got != "S2" {
		t.Errorf("note text: %q", got)
	}
	if got := codes(Query{Text: "osaaminen toinen", Own: own}); got != "S2" {
		t.Errorf("a word of the project and one of its note: %q", got)
	}
	if got := codes(Query{Text: "raakkylassa"}); got != "" {
		t.Errorf("without the index: %q", got)
	}
	if got := codes(Query{Tags: []string{"riski"}, Own: own}); got != "S1,S2" {
		t.Errorf("tag filter: %q", got)
	}
	if got := codes(Query{Tags: []string{"hyvä käytäntö"}, Own: own, Text: "riski"}); got != "S2" {
		t.Errorf("tag filter and a tag searched: %q", got)
	}
	if own.NoteCount("S2") != 2 || own.NoteCount("S1") != 0 || strings.Join(own.AllTags(), ",") != "hyvä käytäntö,riski" {
		t.Errorf("index: %d %d %v", own.NoteCount("S2"), own.NoteCount("S1"), own.AllTags())
	}
	var none *OwnIndex
	if none.NoteCount("S1") != 0 || none.Tags("S1") != nil {
		t.Error("a nil index")
	}
}
