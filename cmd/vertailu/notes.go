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
	register("notes", "cli.summary.notes", runNotes)
	register("tags", "cli.summary.tags", runTags)
	register("selections", "cli.summary.selections", runSelections)
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
func openAppNotebook(v voice) (*notebook.Store, ui.NotebookProblem) {
	p := notebookPath()
	if p == "" {
		return nil, ui.NotebookProblem{Kind: "unavailable"}
	}
	s, moved, why := notebook.OpenOrRecover(p)
	if why == nil {
		return s, ui.NotebookProblem{}
	}
	v.sayError(why)
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
func readOwnForOutput(v voice) (data.OwnLayer, bool) {
	p := notebookPath()
	if p == "" {
		return data.OwnLayer{}, true
	}
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		return data.OwnLayer{}, true
	}
	c := &notebookCommand{voice: v, db: &p, format: new(string)}
	s, ok := c.read()
	if !ok {
		return data.OwnLayer{}, false
	}
	defer s.Close()
	l, err := data.ReadOwnLayer(s)
	if err != nil {
		v.sayError(err)
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

// notebookCommand is what the notes, tags and selections commands share: how they speak, the
// flags, the database, the output.
type notebookCommand struct {
	voice
	usageID    string // the catalogue's words for how the command is used
	db, format *string
	stdout     io.Writer
}

// newNotebookCommand parses the flags of the command name among args and returns the other
// arguments; false when the flags are wrong (said on stderr). usageID words how it is used.
func newNotebookCommand(name, usageID string, args []string, stdout, stderr io.Writer) (*notebookCommand, []string, bool) {
	fs := flag.NewFlagSet("vertailu "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &notebookCommand{voice: voice{name: name, lang: langOf(args), w: stderr}, usageID: usageID, stdout: stdout}
	c.db = fs.String("db", "", c.lang.T("cli.notebook.flag.db"))
	c.format = fs.String("format", "text", c.lang.T("cli.notebook.flag.format"))
	lang := fs.String("lang", "en", c.lang.T("cli.notebook.flag.lang"))
	fs.Usage = func() { c.usage() }
	pos, err := parseArgs(fs, args)
	if err != nil {
		return c, nil, false
	}
	if err := checkLang(*lang); err != nil {
		c.sayError(err)
		return c, nil, false
	}
	return c, pos, true
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
		c.say("cli.notebook.no_place")
		return nil, false
	}
	s, moved, why := notebook.OpenOrRecover(p)
	if why != nil {
		c.sayError(why)
		if moved != "" {
			c.say("cli.notebook.moved", "File", termName(moved))
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
		c.sayError(err)
		return nil, false
	}
	return s, true
}

// fail reports err and returns 1; a full disk is said in plain words.
func (c *notebookCommand) fail(err error) int {
	if errors.Is(err, data.ErrNotebookFull) {
		c.say("cli.notebook.full")
		return 1
	}
	c.sayError(err)
	return 1
}

// usage says how the command is used and its flags, and returns the exit status of a usage
// error.
func (c *notebookCommand) usage() int {
	c.line(c.usageID)
	c.line("cli.notebook.flags")
	return 2
}

// badListFormat says that --format is neither text nor json, and returns the exit status.
func (c *notebookCommand) badListFormat() int {
	c.say("cli.notebook.list_format", "Format", termName(*c.format))
	return 2
}

func runNotes(args []string, stdout, stderr io.Writer) int {
	c, pos, ok := newNotebookCommand("notes", "cli.notes.usage", args, stdout, stderr)
	if !ok {
		return 2
	}
	if len(pos) == 0 {
		return c.usage()
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
	return c.usage()
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
		c.line("cli.notes.usage_add")
		return 2
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
	return c.badListFormat()
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
		c.say("cli.notebook.export_format", "Format", termName(format))
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
		return c.fail(fmt.Errorf("%s: %w", termName(file), err))
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
	fmt.Fprintln(c.stdout, c.lang.T("cli.notebook.imported", "NotesAdded", rep.NotesAdded, "NotesSame", rep.NotesSame,
		"TagsAdded", rep.TagsAdded, "TagsSame", rep.TagsSame, "SelectionsAdded", rep.SelectionsAdded, "SelectionsSame", rep.SelectionsSame))
	if n := len(rep.NoteConflicts); n > 0 {
		fmt.Fprintln(c.stdout, c.lang.N("cli.notebook.note_conflicts", n))
	}
	for _, name := range rep.SelectionConflicts {
		fmt.Fprintln(c.stdout, c.lang.T("cli.notebook.selection_conflict", "Name", termName(name)))
	}
	return 0
}
