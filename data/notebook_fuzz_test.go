package data

import (
	"bytes"
	"testing"
	"time"
)

// FuzzOwnJSON: any bytes read as a notes export either fail with ErrNotOwnFile or give a layer
// that merges into an empty one and writes back, without a panic.
func FuzzOwnJSON(f *testing.F) {
	var b bytes.Buffer
	WriteOwnJSON(&b, OwnLayer{
		Notes:      []Note{{ID: "a", Code: "S1", Text: "x\n\ny"}},
		Tags:       []Tag{{Code: "S1", Tag: "riski"}},
		Selections: []Selection{{Name: "K", Codes: []string{"S1"}}},
	}, time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	f.Add(b.Bytes())
	f.Add([]byte(`{"format":"vertailu-notebook","notes":[{"id":"","code":" s1 ","text":" "}],"selections":[{"name":"","codes":null}]}`))
	f.Add([]byte(`{"format":"vertailu-notebook","notes":null,"tags":[{"code":"\u0000","tag":"\ud800"}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		l, err := ReadOwnJSON(bytes.NewReader(in))
		if err != nil {
			return
		}
		add, rep := MergeOwn(OwnLayer{}, l)
		if rep.NotesAdded != len(add.Notes) || rep.TagsAdded != len(add.Tags) || rep.SelectionsAdded != len(add.Selections) {
			t.Fatalf("report %+v for %d/%d/%d added", rep, len(add.Notes), len(add.Tags), len(add.Selections))
		}
		_, again := MergeOwn(add, l)
		if again.NotesAdded+again.TagsAdded+again.SelectionsAdded != 0 {
			t.Fatalf("a second import added %+v", again)
		}
		var out bytes.Buffer
		if err := WriteOwnJSON(&out, add, time.Time{}); err != nil {
			t.Fatal(err)
		}
		if err := WriteOwnCSV(&out, add); err != nil {
			t.Fatal(err)
		}
	})
}

func TestNoteWithoutIDImportedTwiceIsOne(t *testing.T) {
	in := OwnLayer{Notes: []Note{{Code: "S1", Text: "no id"}}}
	add, _ := MergeOwn(OwnLayer{}, in)
	if again, rep := MergeOwn(add, in); len(again.Notes) != 0 || rep.NotesSame != 1 {
		t.Fatalf("again %+v %+v", again, rep)
	}
}
