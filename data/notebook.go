package data

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Note is one of the officer's own notes on a project. It is keyed by the project's code, so
// it follows the project across folders, sources and periods, and is kept when no open folder
// holds the project. ID is random and stable: an exported note imported twice is one note.
type Note struct {
	ID      string    `json:"id"`
	Code    string    `json:"code"`
	Text    string    `json:"text"`
	Created time.Time `json:"created"`
	Edited  time.Time `json:"edited"`
	Author  string    `json:"author"`
}

// Tag is one of the officer's own words on a project ("follow up", "risk").
type Tag struct {
	Code  string    `json:"code"`
	Tag   string    `json:"tag"`
	Added time.Time `json:"added"`
}

// Selection is a named set of projects (by code) to come back to, in the order they were
// marked.
type Selection struct {
	Name  string    `json:"name"`
	Codes []string  `json:"codes"`
	Saved time.Time `json:"saved"`
}

// Draft is a note being typed, kept so that a crash loses at most what was typed since the
// draft was last saved. NoteID is the note being edited, "" for a new one.
type Draft struct {
	Code   string    `json:"code"`
	NoteID string    `json:"note_id"`
	Text   string    `json:"text"`
	Saved  time.Time `json:"saved"`
}

// OwnLayer is the whole of the officer's own layer: what an export holds and an import brings.
type OwnLayer struct {
	Notes      []Note      `json:"notes"`
	Tags       []Tag       `json:"tags"`
	Selections []Selection `json:"selections"`
}

// ImportReport says what an import did: how many notes, tags and selections were new, how
// many were already there, and the conflicts (kept both): notes with the same ID and another
// text, selections with the same name and other projects (the imported one renamed).
type ImportReport struct {
	NotesAdded, NotesSame           int
	TagsAdded, TagsSame             int
	SelectionsAdded, SelectionsSame int
	NoteConflicts                   []string // IDs of the imported notes kept beside another text
	SelectionConflicts              []string // names the imported selections were given
}

// Notebook keeps the officer's own layer. Each change is one transaction, on disk when the
// call returns without an error. Implementations are safe for concurrent use.
type Notebook interface {
	// Notes returns the notes on code ("" = every note), oldest first.
	Notes(code string) ([]Note, error)
	// SaveNote stores n: a new note when n.ID is "" (ID and Created are set), else an edit
	// (Edited is set). It returns the note as stored and drops the draft of it.
	SaveNote(n Note) (Note, error)
	// DeleteNote removes the note with that ID.
	DeleteNote(id string) error

	// Tags returns the tags on code ("" = every tag).
	Tags(code string) ([]Tag, error)
	AddTag(code, tag string) error
	RemoveTag(code, tag string) error

	// Selections returns the saved selections by name.
	Selections() ([]Selection, error)
	// SaveSelection stores s under its name, replacing one of that name.
	SaveSelection(s Selection) error
	RenameSelection(from, to string) error
	DeleteSelection(name string) error

	// Marks returns the codes of the projects marked when the app last saved its marks;
	// SetMarks replaces them.
	Marks() ([]string, error)
	SetMarks(codes []string) error

	// Drafts returns the notes being typed; SaveDraft keeps one (an empty text drops it).
	Drafts() ([]Draft, error)
	SaveDraft(d Draft) error

	// Import merges l into the notebook in one transaction: nothing there is lost.
	Import(l OwnLayer) (ImportReport, error)
	Close() error
}

// Notebook errors, for the caller to word: ErrNoteNotFound when an ID is unknown,
// ErrSelectionExists when a rename would replace another selection, ErrNotebookFull when the
// disk (or the database's limit) is full, ErrEmptyName for a blank tag or selection name.
var (
	ErrNoteNotFound     = errors.New("no such note")
	ErrSelectionExists  = errors.New("a selection of that name exists")
	ErrSelectionMissing = errors.New("no such selection")
	ErrNotebookFull     = errors.New("the disk is full")
	ErrEmptyName        = errors.New("empty name")
)

// NewNoteID returns a random note ID (32 hex digits).
func NewNoteID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24)
	return hex.EncodeToString(b[:])
}

// CleanTag trims a tag and folds its inner spaces to one; "" when nothing is left.
func CleanTag(s string) string { return strings.Join(strings.Fields(s), " ") }

// CleanCode trims a project code; codes compare as written, in upper case (S12345).
func CleanCode(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// MergeOwn works out what importing in into have adds: notes whose ID is new (a note with a
// known ID and the same text is the same note; with another text it is a conflict and is
// added under an ID made from both, so both are kept, and once), tags not there yet, and selections whose name is
// new (one of a known name with the same codes is the same; with other codes it is added
// under "name (imported)", "name (imported 2)"…).
func MergeOwn(have, in OwnLayer) (OwnLayer, ImportReport) {
	var add OwnLayer
	var rep ImportReport
	notes := map[string]string{}
	for _, n := range have.Notes {
		notes[n.ID] = n.Text
	}
	for _, n := range in.Notes {
		n.Code = CleanCode(n.Code)
		if n.Code == "" || strings.TrimSpace(n.Text) == "" {
			continue
		}
		if n.ID == "" { // a note written by hand or by another program: an ID from what it says
			n.ID = conflictID(n.Code+"\x00"+n.Created.UTC().Format(time.RFC3339Nano), n.Text)
		}
		text, known := notes[n.ID]
		if known && text != n.Text {
			// A conflict: kept beside the other under an ID made from both, so that
			// importing the same conflict again finds it.
			n.ID = conflictID(n.ID, n.Text)
			if text, known = notes[n.ID]; !known {
				rep.NoteConflicts = append(rep.NoteConflicts, n.ID)
			}
		}
		if known && text == n.Text {
			rep.NotesSame++
			continue
		}
		notes[n.ID] = n.Text
		rep.NotesAdded++
		add.Notes = append(add.Notes, n)
	}
	tags := map[[2]string]bool{}
	for _, t := range have.Tags {
		tags[[2]string{t.Code, t.Tag}] = true
	}
	for _, t := range in.Tags {
		t.Code, t.Tag = CleanCode(t.Code), CleanTag(t.Tag)
		k := [2]string{t.Code, t.Tag}
		if t.Code == "" || t.Tag == "" {
			continue
		}
		if tags[k] {
			rep.TagsSame++
			continue
		}
		tags[k] = true
		rep.TagsAdded++
		add.Tags = append(add.Tags, t)
	}
	sels := map[string][]string{}
	for _, s := range have.Selections {
		sels[s.Name] = s.Codes
	}
	for _, s := range in.Selections {
		s.Name = CleanTag(s.Name)
		if s.Name == "" {
			continue
		}
		codes, known := sels[s.Name]
		if known && slices.Equal(codes, s.Codes) {
			rep.SelectionsSame++
			continue
		}
		if known {
			name, same := freeName(sels, s.Name, s.Codes)
			if same {
				rep.SelectionsSame++
				continue
			}
			s.Name = name
			rep.SelectionConflicts = append(rep.SelectionConflicts, s.Name)
		}
		sels[s.Name] = s.Codes
		rep.SelectionsAdded++
		add.Selections = append(add.Selections, s)
	}
	return add, rep
}

// conflictID is the ID of an imported note whose ID is taken by another text.
func conflictID(id, text string) string {
	sum := sha256.Sum256([]byte(id + "\x00" + text))
	return hex.EncodeToString(sum[:16])
}

// freeName is name + " (imported)", or " (imported 2)"… the first not in taken; same when one
// of those names already holds these codes (the same conflict imported again).
func freeName(taken map[string][]string, name string, codes []string) (free string, same bool) {
	cand := name + " (imported)"
	for i := 2; ; i++ {
		have, ok := taken[cand]
		if !ok {
			return cand, false
		}
		if slices.Equal(have, codes) {
			return cand, true
		}
		cand = name + " (imported " + strconv.Itoa(i) + ")"
	}
}
