package notebook

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"vertailu/data"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	p := Path(t.TempDir())
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, p
}

func TestNotesKeptAcrossOpen(t *testing.T) {
	s, p := openTemp(t)
	text := "First paragraph.\n\nSecond paragraph: Rääkkylä, €."
	n, err := s.SaveNote(data.Note{Code: " s12345 ", Text: text, Author: "maija"})
	if err != nil {
		t.Fatal(err)
	}
	if n.ID == "" || n.Code != "S12345" || n.Created.IsZero() {
		t.Fatalf("saved note %+v", n)
	}
	other, _ := s.SaveNote(data.Note{Code: "A1", Text: "other"})
	if err := s.DeleteNote(other.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteNote(other.ID); !errors.Is(err, data.ErrNoteNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	s.Close()
	s2, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Notes("S12345")
	if err != nil || len(got) != 1 || got[0].Text != text || got[0].Author != "maija" || !got[0].Created.Equal(n.Created) {
		t.Fatalf("after reopening: %+v, %v", got, err)
	}
	got[0].Text = "edited"
	e, err := s2.SaveNote(got[0])
	if err != nil || e.Text != "edited" || !e.Created.Equal(n.Created) || e.Edited.Before(e.Created) {
		t.Fatalf("edit: %+v %v", e, err)
	}
	if all, _ := s2.Notes(""); len(all) != 1 {
		t.Errorf("all notes: %+v", all)
	}
	if _, err := s2.SaveNote(data.Note{ID: "nope", Code: "A", Text: "x"}); !errors.Is(err, data.ErrNoteNotFound) {
		t.Errorf("editing an unknown note: %v", err)
	}
}

func TestTagsSelectionsMarksDrafts(t *testing.T) {
	s, _ := openTemp(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.AddTag("a1", "  follow   up "))
	must(s.AddTag("A1", "follow up"))
	must(s.AddTag("B2", "risk"))
	if err := s.AddTag("B2", "  "); !errors.Is(err, data.ErrEmptyName) {
		t.Errorf("blank tag: %v", err)
	}
	tags, _ := s.Tags("")
	if len(tags) != 2 || tags[0].Code != "A1" || tags[0].Tag != "follow up" {
		t.Fatalf("tags %+v", tags)
	}
	must(s.RemoveTag("a1", "follow up"))
	if tags, _ := s.Tags("A1"); len(tags) != 0 {
		t.Errorf("after removing: %+v", tags)
	}

	must(s.SaveSelection(data.Selection{Name: "Seurantakomitea 12/2026", Codes: []string{"B2", "A1", "b2"}}))
	must(s.SaveSelection(data.Selection{Name: "Ääni", Codes: nil}))
	must(s.SaveSelection(data.Selection{Name: "Zeta", Codes: []string{"C"}}))
	sels, _ := s.Selections()
	if len(sels) != 3 || sels[0].Name != "Seurantakomitea 12/2026" || sels[2].Name != "Ääni" || strings.Join(sels[0].Codes, ",") != "B2,A1" {
		t.Fatalf("selections %+v", sels)
	}
	if err := s.RenameSelection("Zeta", "Ääni"); !errors.Is(err, data.ErrSelectionExists) {
		t.Errorf("rename onto another: %v", err)
	}
	must(s.RenameSelection("Seurantakomitea 12/2026", "Komitea"))
	if err := s.RenameSelection("missing", "x"); !errors.Is(err, data.ErrSelectionMissing) {
		t.Errorf("rename of a missing one: %v", err)
	}
	must(s.DeleteSelection("Zeta"))
	sels, _ = s.Selections()
	if len(sels) != 2 || sels[0].Name != "Komitea" || len(sels[0].Codes) != 2 {
		t.Fatalf("after rename and delete: %+v", sels)
	}

	must(s.SetMarks([]string{"b2", "A1", "B2"}))
	if m, _ := s.Marks(); strings.Join(m, ",") != "B2,A1" {
		t.Errorf("marks %v", m)
	}
	must(s.SetMarks(nil))
	if m, _ := s.Marks(); len(m) != 0 {
		t.Errorf("marks after clearing %v", m)
	}

	must(s.SaveDraft(data.Draft{Code: "A1", Text: "half a tho"}))
	if d, _ := s.Drafts(); len(d) != 1 || d[0].Text != "half a tho" {
		t.Fatalf("drafts %+v", d)
	}
	if _, err := s.SaveNote(data.Note{Code: "A1", Text: "half a thought"}); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Drafts(); len(d) != 0 {
		t.Errorf("the draft stays after the note was saved: %+v", d)
	}
}

// createV1 makes a database as the first release of the notebook left it, with one note.
func createV1(t *testing.T, p string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(p), 0o700)
	db, err := sql.Open("sqlite", "file:"+p)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		"PRAGMA journal_mode=wal", migrations[0], "PRAGMA application_id = 1450341486", "PRAGMA user_version = 1",
		"INSERT INTO notes VALUES ('n1', 'S1', 'from version 1', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z', 'old')",
		"INSERT INTO tags VALUES ('S1', 'risk', '2026-01-02T03:04:05.000Z')",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
}

func TestMigratesFromVersion1(t *testing.T) {
	p := Path(t.TempDir())
	createV1(t, p)
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != len(migrations) {
		t.Errorf("version %d after opening, want %d", v, len(migrations))
	}
	n, _ := s.Notes("S1")
	tags, _ := s.Tags("S1")
	if len(n) != 1 || n[0].Text != "from version 1" || n[0].Created.Year() != 2026 || len(tags) != 1 {
		t.Fatalf("version 1's notes and tags: %+v %+v", n, tags)
	}
	if err := s.SaveSelection(data.Selection{Name: "new in 2", Codes: []string{"S1"}}); err != nil {
		t.Fatal(err)
	}
}

func TestEmptyFileIsANewNotebook(t *testing.T) {
	p := Path(t.TempDir())
	os.MkdirAll(filepath.Dir(p), 0o700)
	os.WriteFile(p, nil, 0o600)
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

func TestUnusableFilesAreMovedAside(t *testing.T) {
	cases := map[string]struct {
		make func(t *testing.T, p string)
		kind Kind
	}{
		"damaged": {func(t *testing.T, p string) {
			os.WriteFile(p, bytes.Repeat([]byte("not a database "), 500), 0o600)
		}, KindDamaged},
		"truncated": {func(t *testing.T, p string) {
			createV1(t, p)
			b, _ := os.ReadFile(p)
			os.Remove(p + "-wal")
			os.Remove(p + "-shm")
			copy(b[100:], bytes.Repeat([]byte{0xff}, 200))
			os.WriteFile(p, b, 0o600)
		}, KindDamaged},
		"foreign": {func(t *testing.T, p string) {
			db, _ := sql.Open("sqlite", "file:"+p)
			defer db.Close()
			if _, err := db.Exec("CREATE TABLE invoices (n INTEGER)"); err != nil {
				t.Fatal(err)
			}
		}, KindForeign},
		"newer": {func(t *testing.T, p string) {
			createV1(t, p)
			db, _ := sql.Open("sqlite", "file:"+p)
			defer db.Close()
			db.Exec("PRAGMA user_version = 99")
		}, KindNewer},
		"folder": {func(t *testing.T, p string) { os.Mkdir(p, 0o700) }, KindNotFile},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			p := Path(t.TempDir())
			os.MkdirAll(filepath.Dir(p), 0o700)
			c.make(t, p)
			before, _ := os.ReadFile(p)
			_, err := Open(p)
			var oe *OpenError
			if !errors.As(err, &oe) || oe.Kind != c.kind {
				t.Fatalf("Open: %v, want kind %s", err, c.kind)
			}
			if after, _ := os.ReadFile(p); !bytes.Equal(before, after) {
				t.Error("Open changed the file it could not use")
			}
			s, moved, why := OpenOrRecover(p)
			if s == nil || moved == "" || !errors.As(why, &oe) || oe.Kind != c.kind {
				t.Fatalf("OpenOrRecover: %v %q %v", s, moved, why)
			}
			defer s.Close()
			if kept, _ := os.ReadFile(moved); !bytes.Equal(before, kept) {
				t.Error("the file moved aside is not the one that was there")
			}
			if _, err := s.SaveNote(data.Note{Code: "A", Text: "after recovery"}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestNewerCanBeReadForExport(t *testing.T) {
	p := Path(t.TempDir())
	s, _ := Open(p)
	s.SaveNote(data.Note{Code: "A", Text: "kept"})
	s.Close()
	os.Chmod(p, 0o400)
	r, err := OpenReadOnly(p)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n, _ := r.Notes(""); len(n) != 1 {
		t.Fatalf("read-only: %+v", n)
	}
	if _, err := r.SaveNote(data.Note{Code: "A", Text: "x"}); err == nil {
		t.Error("a read-only notebook took a note")
	}
}

func TestReadOnlyFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes read-only files")
	}
	p := Path(t.TempDir())
	s, _ := Open(p)
	s.Close()
	os.Chmod(p, 0o400)
	_, err := Open(p)
	var oe *OpenError
	if !errors.As(err, &oe) || oe.Kind != KindReadOnly {
		t.Fatalf("Open of a read-only file: %v", err)
	}
}

func TestLockedFile(t *testing.T) {
	p := Path(t.TempDir())
	s, _ := Open(p)
	s.Close()
	db, _ := sql.Open("sqlite", "file:"+p)
	defer db.Close()
	conn, _ := db.Conn(t.Context())
	defer conn.Close()
	if _, err := conn.ExecContext(t.Context(), "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(t.Context(), "ROLLBACK")
	_, err := open(p, 50*time.Millisecond, false)
	var oe *OpenError
	if !errors.As(err, &oe) || oe.Kind != KindLocked {
		t.Fatalf("Open of a locked file: %v", err)
	}
}

func TestFullDiskKeepsTheNote(t *testing.T) {
	s, _ := openTemp(t)
	s.db.SetMaxOpenConns(1)
	var pages int
	s.db.QueryRow("PRAGMA page_count").Scan(&pages)
	if _, err := s.db.Exec("PRAGMA max_page_count = " + strconv.Itoa(pages+1)); err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat("x", 64<<10)
	_, err := s.SaveNote(data.Note{Code: "A", Text: big})
	if !errors.Is(err, data.ErrNotebookFull) {
		t.Fatalf("saving on a full disk: %v", err)
	}
	if n, _ := s.Notes(""); len(n) != 0 {
		t.Errorf("half a note stored: %d", len(n))
	}
}

func TestImportMerges(t *testing.T) {
	s, _ := openTemp(t)
	mine, _ := s.SaveNote(data.Note{Code: "S1", Text: "mine"})
	s.SaveSelection(data.Selection{Name: "K", Codes: []string{"S1"}})
	in := data.OwnLayer{
		Notes:      []data.Note{{ID: "x1", Code: "S2", Text: "imported"}, {ID: mine.ID, Code: "S1", Text: "edited elsewhere"}},
		Tags:       []data.Tag{{Code: "S2", Tag: "risk"}},
		Selections: []data.Selection{{Name: "K", Codes: []string{"S2"}}},
	}
	rep, err := s.Import(in)
	if err != nil || rep.NotesAdded != 2 || len(rep.NoteConflicts) != 1 || len(rep.SelectionConflicts) != 1 {
		t.Fatalf("first import %+v %v", rep, err)
	}
	rep, err = s.Import(in)
	if err != nil || rep.NotesAdded != 0 || rep.NotesSame != 2 || len(rep.NoteConflicts) != 0 || rep.SelectionsAdded != 0 {
		t.Fatalf("second import %+v %v", rep, err)
	}
	all, _ := s.Notes("")
	texts := map[string]int{}
	for _, n := range all {
		texts[n.Text]++
	}
	if texts["mine"] != 1 || texts["imported"] != 1 || texts["edited elsewhere"] != 1 {
		t.Errorf("notes after two imports: %v", texts)
	}
	sels, _ := s.Selections()
	if len(sels) != 2 {
		t.Errorf("selections %+v", sels)
	}
}
