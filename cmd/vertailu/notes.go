package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"time"

	"vertailu/data"
	"vertailu/data/notebook"
	"vertailu/export"
	"vertailu/ui"
)

func init() {
	register("notes", "the officer's own notes on projects: add, list, edit, delete, export, import", runNotes)
	register("tags", "the officer's own tags on projects: add, remove, list, export, import", runTags)
	register("selections", "saved selections of projects: save, list, rename, delete, export, import", runSelections)
}

// notebookPath is the notebook the app and the commands use: VERTAILU_NOTEBOOK when set, else
// notebook/notebook.db in the app's storage folder (beside settings).
func notebookPath() string {
	if p := os.Getenv("VERTAILU_NOTEBOOK"); p != "" {
		return p
	}
	root := fyneConfigRoot()
	if root == "" {
		return ""
	}
	return notebook.Path(filepath.Join(root, appID))
}

// openAppNotebook opens the app's notebook (see notebookPath): one that cannot be used is moved
// aside and a new one started, and the problem is handed to the app to say; when none can be
// opened at all, the app keeps notes in memory for the run (nil store) and says so.
func openAppNotebook(stderr io.Writer) (*notebook.Store, ui.NotebookProblem) {
	p := notebookPath()
	if p == "" {
		return nil, ui.NotebookProblem{Kind: "unavailable"}
	}
	s, moved, why := notebook.OpenOrRecover(p)
	if why == nil {
		return s, ui.NotebookProblem{}
	}
	sayError(stderr, "", why)
	kind := "unavailable"
	var oe *notebook.OpenError
	if errors.As(why, &oe) {
		kind = string(oe.Kind)
	}
	return s, ui.NotebookProblem{Kind: kind, Moved: moved}
}

// notebookOrNil is s as a data.Notebook, nil (not a nil pointer in an interface) when s is.
func notebookOrNil(s *notebook.Store) data.Notebook {
	if s == nil {
		return nil
	}
	return s
}

// readOwnForOutput reads the officer's notes and tags for an output that prints them (pack,
// export, table with --notes), changing nothing; a missing notebook is an empty one.
func readOwnForOutput(name string, stderr io.Writer) (data.OwnLayer, bool) {
	p := notebookPath()
	if p == "" {
		return data.OwnLayer{}, true
	}
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		return data.OwnLayer{}, true
	}
	c := &notebookCommand{name: name, db: &p, format: new(string), stderr: stderr}
	s, ok := c.read()
	if !ok {
		return data.OwnLayer{}, false
	}
	defer s.Close()
	l, err := data.ReadOwnLayer(s)
	if err != nil {
		sayError(stderr, name, err)
		return l, false
	}
	return l, true
}

// authorName is the system user's name, as notes record it.
func authorName() string {
	if u, err := user.Current(); err == nil {
		if name := strings.TrimSpace(strings.SplitN(u.Name, ",", 2)[0]); name != "" {
			return name
		}
		if u.Username != "" {
			return u.Username
		}
	}
	for _, env := range []string{"USER", "USERNAME"} {
		if v := os.Getenv(env); v != "" {
			return v
		}
	}
	return ""
}

// notebookCommand is what the notes, tags and selections commands share: the flags, the
// database, the output.
type notebookCommand struct {
	name           string
	db, format     *string
	stdout, stderr io.Writer
}

func newNotebookCommand(name string, stdout, stderr io.Writer) (*notebookCommand, *flag.FlagSet) {
	fs := flag.NewFlagSet("vertailu "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &notebookCommand{name: name, stdout: stdout, stderr: stderr}
	c.db = fs.String("db", "", "the notebook database (default: VERTAILU_NOTEBOOK, else the app's own, see docs/guide.md)")
	c.format = fs.String("format", "text", "list: text or json; export: json or csv (default: by the file's extension)")
	return c, fs
}

// parseArgs parses flags anywhere among the arguments (vertailu notes list S123 --format json);
// after "--" everything is an argument, so a note may begin with "-".
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

func (c *notebookCommand) path() string {
	if *c.db != "" {
		return *c.db
	}
	return notebookPath()
}

// open opens the notebook to change it: one that cannot be used is moved aside, with a
// message, and a new one started.
func (c *notebookCommand) open() (*notebook.Store, bool) {
	p := c.path()
	if p == "" {
		fmt.Fprintf(c.stderr, "vertailu %s: no place for the notebook (no home folder); give --db FILE\n", c.name)
		return nil, false
	}
	s, moved, why := notebook.OpenOrRecover(p)
	if why != nil {
		sayError(c.stderr, c.name, why)
		if moved != "" {
			fmt.Fprintf(c.stderr, "vertailu %s: the old file was moved aside as %s (export what can be read with: vertailu notes export --db %s FILE); a new notebook was started\n",
				c.name, termName(moved), termName(moved))
		}
	}
	return s, s != nil
}

// read opens the notebook to read it, changing nothing: a file moved aside is read as it is.
func (c *notebookCommand) read() (*notebook.Store, bool) {
	p := c.path()
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		return c.open() // a first run: an empty notebook
	}
	s, err := notebook.OpenReadOnly(p)
	if err != nil {
		var oe *notebook.OpenError
		if s2, err2 := notebook.Open(p); err2 == nil && errors.As(err, &oe) && oe.Kind == notebook.KindNewer {
			return s2, true // an older schema: migrated first
		} else if err2 == nil {
			s2.Close()
		}
		sayError(c.stderr, c.name, err)
		return nil, false
	}
	return s, true
}

// fail reports err and returns 1; a full disk is said in plain words.
func (c *notebookCommand) fail(err error) int {
	if errors.Is(err, data.ErrNotebookFull) {
		fmt.Fprintf(c.stderr, "vertailu %s: the disk is full: nothing was saved\n", c.name)
		return 1
	}
	sayError(c.stderr, c.name, err)
	return 1
}

func (c *notebookCommand) usage(lines ...string) int {
	fmt.Fprintf(c.stderr, "Usage: vertailu %s\n", strings.Join(lines, "\n       vertailu "+c.name+" "))
	fmt.Fprintln(c.stderr, "Flags: --db FILE (the notebook), --format text|json (list) or json|csv (export)")
	return 2
}

func runNotes(args []string, stdout, stderr io.Writer) int {
	c, fs := newNotebookCommand("notes", stdout, stderr)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return 2
	}
	use := func() int {
		return c.usage("notes add CODE TEXT… (TEXT - reads the note from standard input)", "list [CODE] [--format text|json]",
			"edit ID TEXT…", "delete ID", "export FILE [--format json|csv]", "import FILE")
	}
	if len(pos) == 0 {
		return use()
	}
	switch verb, rest := pos[0], pos[1:]; {
	case verb == "add" && len(rest) >= 2:
		return c.addNote(rest[0], rest[1:])
	case verb == "list" && len(rest) <= 1:
		return c.listNotes(strings.Join(rest, ""))
	case verb == "edit" && len(rest) >= 2:
		return c.editNote(rest[0], rest[1:])
	case verb == "delete" && len(rest) == 1:
		s, ok := c.open()
		if !ok {
			return 1
		}
		defer s.Close()
		if err := s.DeleteNote(rest[0]); err != nil {
			return c.fail(err)
		}
		return 0
	case verb == "export" && len(rest) == 1:
		return c.export(rest[0], func(l data.OwnLayer) data.OwnLayer { return data.OwnLayer{Notes: l.Notes} })
	case verb == "import" && len(rest) == 1:
		return c.importFile(rest[0], func(l data.OwnLayer) data.OwnLayer { return data.OwnLayer{Notes: l.Notes} })
	}
	return use()
}

// noteText is the words of a note: joined by spaces, or standard input for "-".
func noteText(words []string) (string, error) {
	if len(words) == 1 && words[0] == "-" {
		b, err := io.ReadAll(io.LimitReader(os.Stdin, 1<<20))
		return strings.TrimRight(string(b), "\r\n"), err
	}
	return strings.Join(words, " "), nil
}

func (c *notebookCommand) addNote(code string, words []string) int {
	text, err := noteText(words)
	if err != nil {
		return c.fail(err)
	}
	if data.CleanCode(code) == "" || strings.TrimSpace(text) == "" {
		return c.usage("notes add CODE TEXT…")
	}
	s, ok := c.open()
	if !ok {
		return 1
	}
	defer s.Close()
	n, err := s.SaveNote(data.Note{Code: code, Text: text, Author: authorName()})
	if err != nil {
		return c.fail(err)
	}
	return c.printNotes([]data.Note{n})
}

func (c *notebookCommand) editNote(id string, words []string) int {
	text, err := noteText(words)
	if err != nil {
		return c.fail(err)
	}
	s, ok := c.open()
	if !ok {
		return 1
	}
	defer s.Close()
	n, err := s.SaveNote(data.Note{ID: id, Text: text, Author: authorName()})
	if err != nil {
		return c.fail(err)
	}
	return c.printNotes([]data.Note{n})
}

func (c *notebookCommand) listNotes(code string) int {
	s, ok := c.read()
	if !ok {
		return 1
	}
	defer s.Close()
	notes, err := s.Notes(code)
	if err != nil {
		return c.fail(err)
	}
	return c.printNotes(notes)
}

// printNotes writes notes as --format says: JSON, an array of notes (id, code, text, created,
// edited, author); text, each note's code, time, author and ID on a line and its text
// indented below.
func (c *notebookCommand) printNotes(notes []data.Note) int {
	if notes == nil {
		notes = []data.Note{}
	}
	switch *c.format {
	case "json":
		return c.printJSON(notes)
	case "text":
		for _, n := range notes {
			fmt.Fprintf(c.stdout, "%s  %s  %s  %s\n", termText(n.Code), n.Created.Local().Format("2006-01-02 15:04"), termText(n.Author), n.ID)
			for line := range strings.SplitSeq(n.Text, "\n") {
				fmt.Fprintf(c.stdout, "    %s\n", termText(strings.TrimRight(line, "\r")))
			}
		}
		return 0
	}
	fmt.Fprintf(c.stderr, "vertailu %s: --format must be text or json, not %s\n", c.name, termName(*c.format))
	return 2
}

func (c *notebookCommand) printJSON(v any) int {
	enc := json.NewEncoder(c.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return c.fail(err)
	}
	return 0
}

// export writes the part of the notebook that pick keeps to file: JSON (to import elsewhere)
// or CSV (to read in a spreadsheet), by --format or the file's extension.
func (c *notebookCommand) export(file string, pick func(data.OwnLayer) data.OwnLayer) int {
	s, ok := c.read()
	if !ok {
		return 1
	}
	defer s.Close()
	l, err := data.ReadOwnLayer(s)
	if err != nil {
		return c.fail(err)
	}
	l = pick(l)
	format := *c.format
	if format == "text" { // the default: by the extension
		format = "json"
		if strings.EqualFold(filepath.Ext(file), ".csv") {
			format = "csv"
		}
	}
	var b bytes.Buffer
	switch format {
	case "json":
		err = data.WriteOwnJSON(&b, l, time.Now())
	case "csv":
		err = data.WriteOwnCSV(&b, l)
	default:
		fmt.Fprintf(c.stderr, "vertailu %s: export --format must be json or csv, not %s\n", c.name, termName(format))
		return 2
	}
	if err != nil {
		return c.fail(err)
	}
	if file == "-" {
		_, err = c.stdout.Write(b.Bytes())
	} else {
		err = export.WriteFile(file, b.Bytes())
	}
	if err != nil {
		return c.fail(err)
	}
	return 0
}

// importFile merges the part of file that pick keeps into the notebook, and says what it did.
func (c *notebookCommand) importFile(file string, pick func(data.OwnLayer) data.OwnLayer) int {
	f, err := os.Open(file)
	if err != nil {
		return c.fail(err)
	}
	l, err := data.ReadOwnJSON(f)
	f.Close()
	if err != nil {
		return c.fail(fmt.Errorf("%s: %w", file, err))
	}
	s, ok := c.open()
	if !ok {
		return 1
	}
	defer s.Close()
	rep, err := s.Import(pick(l))
	if err != nil {
		return c.fail(err)
	}
	fmt.Fprintf(c.stdout, "notes: %d added, %d already there; tags: %d added, %d already there; selections: %d added, %d already there\n",
		rep.NotesAdded, rep.NotesSame, rep.TagsAdded, rep.TagsSame, rep.SelectionsAdded, rep.SelectionsSame)
	if n := len(rep.NoteConflicts); n > 0 {
		fmt.Fprintf(c.stdout, "%d notes had the ID of a note here with another text: both were kept\n", n)
	}
	for _, name := range rep.SelectionConflicts {
		fmt.Fprintf(c.stdout, "a selection of that name holds other projects: the imported one was kept as %s\n", termName(name))
	}
	return 0
}
