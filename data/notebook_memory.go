package data

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// MemoryNotebook is a Notebook held in memory: for tests, and for a run whose database cannot
// be used at all (nothing is kept after the run).
type MemoryNotebook struct {
	mu     sync.Mutex
	notes  []Note
	tags   []Tag
	sels   []Selection
	marks  []string
	drafts []Draft
	now    func() time.Time
	// Fail, when set, is returned by every change (a test's full disk).
	Fail error
}

// NewMemoryNotebook returns an empty notebook in memory.
func NewMemoryNotebook() *MemoryNotebook { return &MemoryNotebook{now: time.Now} }

// Notes implements Notebook.
func (m *MemoryNotebook) Notes(code string) ([]Note, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return ofCode(m.notes, code, func(n Note) string { return n.Code }), nil
}

// ofCode are the items of the project code (all of them for ""), in their order.
func ofCode[T any](items []T, code string, codeOf func(T) string) []T {
	code = CleanCode(code)
	var out []T
	for _, it := range items {
		if code == "" || codeOf(it) == code {
			out = append(out, it)
		}
	}
	return out
}

// SaveNote implements Notebook.
func (m *MemoryNotebook) SaveNote(n Note) (Note, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return n, m.Fail
	}
	n.Code = CleanCode(n.Code)
	now := m.now().UTC().Truncate(time.Millisecond)
	if n.ID == "" {
		n.ID, n.Created, n.Edited = NewNoteID(), now, now
		m.notes = append(m.notes, n)
	} else {
		i := slices.IndexFunc(m.notes, func(o Note) bool { return o.ID == n.ID })
		if i < 0 {
			return n, ErrNoteNotFound
		}
		m.notes[i].Text, m.notes[i].Edited = n.Text, now
		n = m.notes[i]
	}
	m.drafts = slices.DeleteFunc(m.drafts, func(d Draft) bool { return d.Code == n.Code })
	return n, nil
}

// DeleteNote implements Notebook.
func (m *MemoryNotebook) DeleteNote(id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	n := len(m.notes)
	m.notes = slices.DeleteFunc(m.notes, func(o Note) bool { return o.ID == id })
	if n == len(m.notes) {
		return ErrNoteNotFound
	}
	return nil
}

// Tags implements Notebook.
func (m *MemoryNotebook) Tags(code string) ([]Tag, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return ofCode(m.tags, code, func(t Tag) string { return t.Code }), nil
}

// AddTag implements Notebook.
func (m *MemoryNotebook) AddTag(code, tag string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	code, tag = CleanCode(code), CleanTag(tag)
	if code == "" || tag == "" {
		return ErrEmptyName
	}
	if !slices.ContainsFunc(m.tags, func(t Tag) bool { return t.Code == code && t.Tag == tag }) {
		m.tags = append(m.tags, Tag{Code: code, Tag: tag, Added: m.now().UTC()})
	}
	return nil
}

// RemoveTag implements Notebook.
func (m *MemoryNotebook) RemoveTag(code, tag string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	code, tag = CleanCode(code), CleanTag(tag)
	m.tags = slices.DeleteFunc(m.tags, func(t Tag) bool { return t.Code == code && t.Tag == tag })
	return nil
}

// Selections implements Notebook.
func (m *MemoryNotebook) Selections() ([]Selection, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := slices.Clone(m.sels)
	slices.SortFunc(out, func(a, b Selection) int { return CompareText(a.Name, b.Name) })
	return out, nil
}

// SaveSelection implements Notebook.
func (m *MemoryNotebook) SaveSelection(s Selection) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	s.Name = CleanTag(s.Name)
	if s.Name == "" {
		return ErrEmptyName
	}
	s.Codes = cleanCodes(s.Codes)
	if s.Saved.IsZero() {
		s.Saved = m.now().UTC()
	}
	m.sels = slices.DeleteFunc(m.sels, func(o Selection) bool { return o.Name == s.Name })
	m.sels = append(m.sels, s)
	return nil
}

// RenameSelection implements Notebook.
func (m *MemoryNotebook) RenameSelection(from, to string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	to = CleanTag(to)
	if to == "" {
		return ErrEmptyName
	}
	i := slices.IndexFunc(m.sels, func(o Selection) bool { return o.Name == from })
	if i < 0 {
		return ErrSelectionMissing
	}
	if to != from && slices.ContainsFunc(m.sels, func(o Selection) bool { return o.Name == to }) {
		return ErrSelectionExists
	}
	m.sels[i].Name = to
	return nil
}

// DeleteSelection implements Notebook.
func (m *MemoryNotebook) DeleteSelection(name string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	m.sels = slices.DeleteFunc(m.sels, func(o Selection) bool { return o.Name == name })
	return nil
}

// Marks implements Notebook.
func (m *MemoryNotebook) Marks() ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.marks), nil
}

// SetMarks implements Notebook.
func (m *MemoryNotebook) SetMarks(codes []string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	m.marks = cleanCodes(codes)
	return nil
}

// Drafts implements Notebook.
func (m *MemoryNotebook) Drafts() ([]Draft, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.drafts), nil
}

// SaveDraft implements Notebook.
func (m *MemoryNotebook) SaveDraft(d Draft) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	d.Code = CleanCode(d.Code)
	m.drafts = slices.DeleteFunc(m.drafts, func(o Draft) bool { return o.Code == d.Code && o.NoteID == d.NoteID })
	if strings.TrimSpace(d.Text) != "" {
		d.Saved = m.now().UTC()
		m.drafts = append(m.drafts, d)
	}
	return nil
}

// Import implements Notebook.
func (m *MemoryNotebook) Import(l OwnLayer) (ImportReport, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return ImportReport{}, m.Fail
	}
	add, rep := MergeOwn(OwnLayer{Notes: m.notes, Tags: m.tags, Selections: m.sels}, l)
	now := m.now().UTC().Truncate(time.Millisecond)
	for i := range add.Notes {
		if add.Notes[i].Created.IsZero() {
			add.Notes[i].Created = now
		}
		if add.Notes[i].Edited.IsZero() {
			add.Notes[i].Edited = add.Notes[i].Created
		}
	}
	m.notes = append(m.notes, add.Notes...)
	m.tags = append(m.tags, add.Tags...)
	m.sels = append(m.sels, add.Selections...)
	return rep, nil
}

// Close implements Notebook.
func (m *MemoryNotebook) Close() error { return nil }

// cleanCodes returns codes cleaned (CleanCode), without blanks and repeats, in their order.
func cleanCodes(codes []string) []string {
	out := make([]string, 0, len(codes))
	seen := map[string]bool{}
	for _, c := range codes {
		c = CleanCode(c)
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// ReadOwnLayer returns everything in nb, for an export.
func ReadOwnLayer(nb Notebook) (OwnLayer, error) {
	var l OwnLayer
	var err error
	if l.Notes, err = nb.Notes(""); err != nil {
		return l, err
	}
	if l.Tags, err = nb.Tags(""); err != nil {
		return l, err
	}
	l.Selections, err = nb.Selections()
	return l, err
}
