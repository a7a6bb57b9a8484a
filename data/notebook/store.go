package notebook

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"vertailu/data"
)

// timeFormat is how times are kept: UTC, sortable as text.
const timeFormat = "2006-01-02T15:04:05.000Z"

func fmtTime(t time.Time) string { return t.UTC().Format(timeFormat) }

func parseTime(s string) time.Time {
	t, err := time.Parse(timeFormat, s)
	if err != nil {
		t, _ = time.Parse(time.RFC3339Nano, s)
	}
	return t
}

// stamp is the current time as kept (to the millisecond).
func (s *Store) stamp() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

// change runs f in one transaction (BEGIN IMMEDIATE: see dsn), committed when f succeeds.
func (s *Store) change(f func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		return wrap(err)
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return wrap(err)
	}
	return wrap(tx.Commit())
}

// Notes implements data.Notebook.
func (s *Store) Notes(code string) ([]data.Note, error) {
	q := "SELECT id, code, text, created, edited, author FROM notes"
	var args []any
	if code = data.CleanCode(code); code != "" {
		q += " WHERE code = ?"
		args = append(args, code)
	}
	rows, err := s.db.Query(q+" ORDER BY created, id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Note
	for rows.Next() {
		var n data.Note
		var created, edited string
		if err := rows.Scan(&n.ID, &n.Code, &n.Text, &created, &edited, &n.Author); err != nil {
			return nil, err
		}
		n.Created, n.Edited = parseTime(created), parseTime(edited)
		out = append(out, n)
	}
	return out, rows.Err()
}

// SaveNote implements data.Notebook.
func (s *Store) SaveNote(n data.Note) (data.Note, error) {
	n.Code = data.CleanCode(n.Code)
	if n.ID == "" && n.Code == "" {
		return n, data.ErrEmptyName
	}
	now := s.stamp()
	err := s.change(func(tx *sql.Tx) error {
		if n.ID == "" {
			n.ID, n.Created, n.Edited = data.NewNoteID(), now, now
			if _, err := tx.Exec("INSERT INTO notes (id, code, text, created, edited, author) VALUES (?, ?, ?, ?, ?, ?)",
				n.ID, n.Code, n.Text, fmtTime(n.Created), fmtTime(n.Edited), n.Author); err != nil {
				return err
			}
			_, err := tx.Exec("DELETE FROM drafts WHERE code = ? AND note_id = ''", n.Code)
			return err
		}
		var created, author string
		err := tx.QueryRow("SELECT code, created, author FROM notes WHERE id = ?", n.ID).Scan(&n.Code, &created, &author)
		if err == sql.ErrNoRows {
			return data.ErrNoteNotFound
		} else if err != nil {
			return err
		}
		n.Created, n.Edited = parseTime(created), now
		if n.Author == "" {
			n.Author = author
		}
		if _, err := tx.Exec("UPDATE notes SET text = ?, edited = ?, author = ? WHERE id = ?", n.Text, fmtTime(now), n.Author, n.ID); err != nil {
			return err
		}
		_, err = tx.Exec("DELETE FROM drafts WHERE note_id = ?", n.ID)
		return err
	})
	return n, err
}

// DeleteNote implements data.Notebook.
func (s *Store) DeleteNote(id string) error {
	return s.change(func(tx *sql.Tx) error {
		r, err := tx.Exec("DELETE FROM notes WHERE id = ?", id)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return data.ErrNoteNotFound
		}
		_, err = tx.Exec("DELETE FROM drafts WHERE note_id = ?", id)
		return err
	})
}

// Tags implements data.Notebook.
func (s *Store) Tags(code string) ([]data.Tag, error) {
	q := "SELECT code, tag, added FROM tags"
	var args []any
	if code = data.CleanCode(code); code != "" {
		q += " WHERE code = ?"
		args = append(args, code)
	}
	rows, err := s.db.Query(q+" ORDER BY code, tag", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Tag
	for rows.Next() {
		var t data.Tag
		var added string
		if err := rows.Scan(&t.Code, &t.Tag, &added); err != nil {
			return nil, err
		}
		t.Added = parseTime(added)
		out = append(out, t)
	}
	return out, rows.Err()
}

// AddTag implements data.Notebook.
func (s *Store) AddTag(code, tag string) error {
	code, tag = data.CleanCode(code), data.CleanTag(tag)
	if code == "" || tag == "" {
		return data.ErrEmptyName
	}
	return s.change(func(tx *sql.Tx) error {
		_, err := tx.Exec("INSERT OR IGNORE INTO tags (code, tag, added) VALUES (?, ?, ?)", code, tag, fmtTime(s.stamp()))
		return err
	})
}

// RemoveTag implements data.Notebook.
func (s *Store) RemoveTag(code, tag string) error {
	return s.change(func(tx *sql.Tx) error {
		_, err := tx.Exec("DELETE FROM tags WHERE code = ? AND tag = ?", data.CleanCode(code), data.CleanTag(tag))
		return err
	})
}

// Selections implements data.Notebook.
func (s *Store) Selections() ([]data.Selection, error) {
	rows, err := s.db.Query(`SELECT s.name, s.saved, c.code FROM selections s
		LEFT JOIN selection_codes c ON c.name = s.name ORDER BY s.name, c.pos`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Selection
	for rows.Next() {
		var name, saved string
		var code sql.NullString
		if err := rows.Scan(&name, &saved, &code); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].Name != name {
			out = append(out, data.Selection{Name: name, Saved: parseTime(saved), Codes: []string{}})
		}
		if code.Valid {
			last := &out[len(out)-1]
			last.Codes = append(last.Codes, code.String)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sortSelections(out)
	return out, nil
}

// SaveSelection implements data.Notebook.
func (s *Store) SaveSelection(sel data.Selection) error {
	sel.Name = data.CleanTag(sel.Name)
	if sel.Name == "" {
		return data.ErrEmptyName
	}
	if sel.Saved.IsZero() {
		sel.Saved = s.stamp()
	}
	return s.change(func(tx *sql.Tx) error { return putSelection(tx, sel) })
}

func putSelection(tx *sql.Tx, sel data.Selection) error {
	if _, err := tx.Exec("DELETE FROM selections WHERE name = ?", sel.Name); err != nil {
		return err
	}
	if _, err := tx.Exec("INSERT INTO selections (name, saved) VALUES (?, ?)", sel.Name, fmtTime(sel.Saved)); err != nil {
		return err
	}
	seen := map[string]bool{}
	for i, c := range sel.Codes {
		if c = data.CleanCode(c); c == "" || seen[c] {
			continue
		}
		seen[c] = true
		if _, err := tx.Exec("INSERT INTO selection_codes (name, pos, code) VALUES (?, ?, ?)", sel.Name, i, c); err != nil {
			return err
		}
	}
	return nil
}

// RenameSelection implements data.Notebook.
func (s *Store) RenameSelection(from, to string) error {
	to = data.CleanTag(to)
	if to == "" {
		return data.ErrEmptyName
	}
	return s.change(func(tx *sql.Tx) error {
		if from == to {
			return nil
		}
		var n int
		if err := tx.QueryRow("SELECT count(*) FROM selections WHERE name = ?", to).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return data.ErrSelectionExists
		}
		r, err := tx.Exec("UPDATE selections SET name = ? WHERE name = ?", to, from)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return data.ErrSelectionMissing
		}
		return nil
	})
}

// DeleteSelection implements data.Notebook.
func (s *Store) DeleteSelection(name string) error {
	return s.change(func(tx *sql.Tx) error {
		_, err := tx.Exec("DELETE FROM selections WHERE name = ?", name)
		return err
	})
}

// Marks implements data.Notebook.
func (s *Store) Marks() ([]string, error) {
	rows, err := s.db.Query("SELECT code FROM marks ORDER BY pos")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// SetMarks implements data.Notebook.
func (s *Store) SetMarks(codes []string) error {
	return s.change(func(tx *sql.Tx) error {
		if _, err := tx.Exec("DELETE FROM marks"); err != nil {
			return err
		}
		seen := map[string]bool{}
		for i, c := range codes {
			if c = data.CleanCode(c); c == "" || seen[c] {
				continue
			}
			seen[c] = true
			if _, err := tx.Exec("INSERT INTO marks (pos, code) VALUES (?, ?)", i, c); err != nil {
				return err
			}
		}
		return nil
	})
}

// Drafts implements data.Notebook.
func (s *Store) Drafts() ([]data.Draft, error) {
	rows, err := s.db.Query("SELECT code, note_id, text, saved FROM drafts ORDER BY saved")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Draft
	for rows.Next() {
		var d data.Draft
		var saved string
		if err := rows.Scan(&d.Code, &d.NoteID, &d.Text, &saved); err != nil {
			return nil, err
		}
		d.Saved = parseTime(saved)
		out = append(out, d)
	}
	return out, rows.Err()
}

// SaveDraft implements data.Notebook.
func (s *Store) SaveDraft(d data.Draft) error {
	d.Code = data.CleanCode(d.Code)
	return s.change(func(tx *sql.Tx) error {
		if strings.TrimSpace(d.Text) == "" {
			_, err := tx.Exec("DELETE FROM drafts WHERE code = ? AND note_id = ?", d.Code, d.NoteID)
			return err
		}
		_, err := tx.Exec("INSERT OR REPLACE INTO drafts (code, note_id, text, saved) VALUES (?, ?, ?, ?)", d.Code, d.NoteID, d.Text, fmtTime(s.stamp()))
		return err
	})
}

// Import implements data.Notebook: the merge (data.MergeOwn) is worked out and written in one
// transaction, so that another process's changes meanwhile are merged too.
func (s *Store) Import(l data.OwnLayer) (data.ImportReport, error) {
	var rep data.ImportReport
	err := s.change(func(tx *sql.Tx) error {
		have, err := readAll(tx)
		if err != nil {
			return err
		}
		var add data.OwnLayer
		add, rep = data.MergeOwn(have, l)
		now := s.stamp()
		for _, n := range add.Notes {
			n.Created = orNow(n.Created, now)
			n.Edited = orNow(n.Edited, n.Created)
			if _, err := tx.Exec("INSERT INTO notes (id, code, text, created, edited, author) VALUES (?, ?, ?, ?, ?, ?)",
				n.ID, n.Code, n.Text, fmtTime(n.Created), fmtTime(n.Edited), n.Author); err != nil {
				return err
			}
		}
		for _, t := range add.Tags {
			if _, err := tx.Exec("INSERT OR IGNORE INTO tags (code, tag, added) VALUES (?, ?, ?)", t.Code, t.Tag, fmtTime(orNow(t.Added, now))); err != nil {
				return err
			}
		}
		for _, sel := range add.Selections {
			sel.Saved = orNow(sel.Saved, now)
			if err := putSelection(tx, sel); err != nil {
				return err
			}
		}
		return nil
	})
	return rep, err
}

func orNow(t, now time.Time) time.Time {
	if t.IsZero() {
		return now
	}
	return t
}

// readAll reads the notes' IDs and texts, the tags and the selections inside tx.
func readAll(tx *sql.Tx) (data.OwnLayer, error) {
	var l data.OwnLayer
	rows, err := tx.Query("SELECT id, text FROM notes")
	if err != nil {
		return l, err
	}
	for rows.Next() {
		var n data.Note
		if err := rows.Scan(&n.ID, &n.Text); err != nil {
			rows.Close()
			return l, err
		}
		l.Notes = append(l.Notes, n)
	}
	rows.Close()
	rows, err = tx.Query("SELECT code, tag FROM tags")
	if err != nil {
		return l, err
	}
	for rows.Next() {
		var t data.Tag
		if err := rows.Scan(&t.Code, &t.Tag); err != nil {
			rows.Close()
			return l, err
		}
		l.Tags = append(l.Tags, t)
	}
	rows.Close()
	rows, err = tx.Query("SELECT s.name, c.code FROM selections s LEFT JOIN selection_codes c ON c.name = s.name ORDER BY s.name, c.pos")
	if err != nil {
		return l, err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var code sql.NullString
		if err := rows.Scan(&name, &code); err != nil {
			return l, err
		}
		if len(l.Selections) == 0 || l.Selections[len(l.Selections)-1].Name != name {
			l.Selections = append(l.Selections, data.Selection{Name: name, Codes: []string{}})
		}
		if code.Valid {
			last := &l.Selections[len(l.Selections)-1]
			last.Codes = append(last.Codes, code.String)
		}
	}
	return l, rows.Err()
}

func sortSelections(ss []data.Selection) {
	slices.SortStableFunc(ss, func(a, b data.Selection) int { return data.CompareText(a.Name, b.Name) })
}
