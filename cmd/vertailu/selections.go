package main

import (
	"fmt"
	"io"
	"strings"

	"vertailu/data"
)

func runSelections(args []string, stdout, stderr io.Writer) int {
	c, pos, ok := newNotebookCommand("selections", "cli.selections.usage", args, stdout, stderr)
	if !ok {
		return 2
	}
	if len(pos) == 0 {
		return c.usage()
	}
	pick := func(l data.OwnLayer) data.OwnLayer { return data.OwnLayer{Selections: l.Selections} }
	verb, rest := pos[0], pos[1:]
	switch {
	case verb == "list" && len(rest) == 0:
		s, ok := c.read()
		if !ok {
			return 1
		}
		defer s.Close()
		sels, err := s.Selections()
		if err != nil {
			return c.fail(err)
		}
		return c.printSelections(sels)
	case verb == "export" && len(rest) == 1:
		return c.export(rest[0], pick)
	case verb == "import" && len(rest) == 1:
		return c.importFile(rest[0], pick)
	case verb == "save" && len(rest) >= 2, verb == "rename" && len(rest) == 2, verb == "delete" && len(rest) == 1:
		s, ok := c.open()
		if !ok {
			return 1
		}
		defer s.Close()
		var err error
		switch verb {
		case "save":
			err = s.SaveSelection(data.Selection{Name: rest[0], Codes: rest[1:]})
		case "rename":
			err = s.RenameSelection(rest[0], rest[1])
		default:
			err = s.DeleteSelection(rest[0])
		}
		if err != nil {
			return c.fail(err)
		}
		return 0
	}
	return c.usage()
}

// printSelections writes selections as --format says: JSON, an array of {name, codes, saved};
// text, a line per selection: its name, how many projects, their codes.
func (c *notebookCommand) printSelections(sels []data.Selection) int {
	if sels == nil {
		sels = []data.Selection{}
	}
	switch *c.format {
	case "json":
		return c.printJSON(sels)
	case "text":
		for _, s := range sels {
			fmt.Fprintf(c.stdout, "%s\t%d\t%s\n", termText(s.Name), len(s.Codes), termText(strings.Join(s.Codes, " ")))
		}
		return 0
	}
	return c.badListFormat()
}

// selectionCodes are the codes of the saved selection named name, for pack --selection; v
// says what went wrong.
func selectionCodes(v voice, name string) ([]string, bool) {
	p := notebookPath()
	c := &notebookCommand{voice: v, db: &p, format: new(string)}
	s, ok := c.read()
	if !ok {
		return nil, false
	}
	defer s.Close()
	sels, err := s.Selections()
	if err != nil {
		v.sayError(err)
		return nil, false
	}
	for _, sel := range sels {
		if sel.Name == data.CleanTag(name) {
			if len(sel.Codes) == 0 {
				v.say("cli.pack.selection_empty", "Name", termName(sel.Name))
				return nil, false
			}
			return sel.Codes, true
		}
	}
	v.say("cli.pack.no_selection", "Name", termName(name))
	return nil, false
}
