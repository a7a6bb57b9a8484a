package data

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// OwnFormat names the JSON file of an exported own layer.
const OwnFormat = "vertailu-notebook"

// ownFile is the JSON file an export writes and an import reads.
type ownFile struct {
	Format   string    `json:"format"`
	Version  int       `json:"version"`
	Exported time.Time `json:"exported"`
	OwnLayer
}

// MaxOwnFile bounds a file to import: a notebook of 100,000 notes is a few tens of MB.
const MaxOwnFile = 256 << 20

// ErrNotOwnFile is why a file is not imported: not an export of Vertailu's notes.
var ErrNotOwnFile = errors.New("not a Vertailu notes export")

// WriteOwnJSON writes l as an export file (format, version, the time, notes, tags,
// selections).
func WriteOwnJSON(w io.Writer, l OwnLayer, exported time.Time) error {
	if l.Notes == nil {
		l.Notes = []Note{}
	}
	if l.Tags == nil {
		l.Tags = []Tag{}
	}
	if l.Selections == nil {
		l.Selections = []Selection{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(ownFile{Format: OwnFormat, Version: 1, Exported: exported.UTC(), OwnLayer: l})
}

// ReadOwnJSON reads an export file (at most MaxOwnFile bytes). A file that is not one, or
// is broken, is an error naming the line.
func ReadOwnJSON(r io.Reader) (OwnLayer, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxOwnFile+1))
	if err != nil {
		return OwnLayer{}, err
	}
	if len(b) > MaxOwnFile {
		return OwnLayer{}, fmt.Errorf("%w: larger than %d MB", ErrNotOwnFile, MaxOwnFile>>20)
	}
	var f ownFile
	if err := json.Unmarshal(b, &f); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return OwnLayer{}, fmt.Errorf("%w: line %d: %v", ErrNotOwnFile, lineAt(b, se.Offset), err)
		case errors.As(err, &te):
			return OwnLayer{}, fmt.Errorf("%w: line %d: %v", ErrNotOwnFile, lineAt(b, te.Offset), err)
		}
		return OwnLayer{}, fmt.Errorf("%w: %v", ErrNotOwnFile, err)
	}
	if f.Format != OwnFormat {
		return OwnLayer{}, fmt.Errorf("%w: its format is %q", ErrNotOwnFile, f.Format)
	}
	return f.OwnLayer, nil
}

func lineAt(b []byte, off int64) int {
	off = min(max(off, 0), int64(len(b)))
	return 1 + strings.Count(string(b[:off]), "\n")
}

// WriteOwnCSV writes l for reading in a spreadsheet: one row per note, tag and selection's
// project (kind, code, text or tag or selection name, created, edited, author), UTF-8 with a
// byte-order mark so that Excel reads the letters right. It is not read back (see
// WriteOwnJSON).
func WriteOwnCSV(w io.Writer, l OwnLayer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	rows := [][]string{{"kind", "code", "text", "created", "edited", "author"}}
	for _, n := range l.Notes {
		rows = append(rows, []string{"note", csvSafe(n.Code), csvSafe(n.Text), stamp(n.Created), stamp(n.Edited), csvSafe(n.Author)})
	}
	for _, t := range l.Tags {
		rows = append(rows, []string{"tag", csvSafe(t.Code), csvSafe(t.Tag), stamp(t.Added), "", ""})
	}
	for _, s := range l.Selections {
		for _, c := range s.Codes {
			rows = append(rows, []string{"selection", csvSafe(c), csvSafe(s.Name), stamp(s.Saved), "", ""})
		}
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// csvSafe keeps a spreadsheet from reading a text as a formula ("=…", "+…", "-…", "@…").
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
